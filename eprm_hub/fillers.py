"""The stop words of the Hub's other languages, and the words that frame a question in them:
a query on their pages never requires them (eprm_hub.textquery). The stop words are
PostgreSQL's own lists (Snowball's) for each language, without accents, as the search sees them."""

FILLERS_BY_LANGUAGE = {
    "es": frozenset(
        """
        de la que el en y a los del se las por un para con no una su al lo como mas pero
        sus le ya o este si porque esta entre cuando muy sin sobre tambien me hasta hay
        donde quien desde todo nos durante todos uno les ni contra otros ese eso ante
        ellos e esto mi antes algunos unos yo otro otras otra tanto esa estos mucho
        quienes nada muchos cual poco ella estar estas algunas algo nosotros mis tu te ti
        tus ellas nosotras vosostros vosostras os mio mia mios mias tuyo tuya tuyos tuyas
        suyo suya suyos suyas nuestro nuestra nuestros nuestras vuestro vuestra vuestros
        vuestras esos esas estoy estamos estais estan estes estemos esteis esten estare
        estaras estara estaremos estareis estaran estaria estarias estariamos estariais
        estarian estaba estabas estabamos estabais estaban estuve estuviste estuvo
        estuvimos estuvisteis estuvieron estuviera estuvieras estuvieramos estuvierais
        estuvieran estuviese estuvieses estuviesemos estuvieseis estuviesen estando estado
        estada estados estadas estad he has ha hemos habeis han haya hayas hayamos hayais
        hayan habre habras habra habremos habreis habran habria habrias habriamos habriais
        habrian habia habias habiamos habiais habian hube hubiste hubo hubimos hubisteis
        hubieron hubiera hubieras hubieramos hubierais hubieran hubiese hubieses
        hubiesemos hubieseis hubiesen habiendo habido habida habidos habidas soy eres es
        somos sois son sea seas seamos seais sean sere seras sera seremos sereis seran
        seria serias seriamos seriais serian era eras eramos erais eran fui fuiste fue
        fuimos fuisteis fueron fuera fueras fueramos fuerais fueran fuese fueses fuesemos
        fueseis fuesen sintiendo sentido sentida sentidos sentidas siente sentid tengo
        tienes tiene tenemos teneis tienen tenga tengas tengamos tengais tengan tendre
        tendras tendra tendremos tendreis tendran tendria tendrias tendriamos tendriais
        tendrian tenia tenias teniamos teniais tenian tuve tuviste tuvo tuvimos tuvisteis
        tuvieron tuviera tuvieras tuvieramos tuvierais tuvieran tuviese tuvieses
        tuviesemos tuvieseis tuviesen teniendo tenido tenida tenidos tenidas tened cuales
        puedo puede pueden podemos debo debe deben debemos necesito necesita necesitamos
        quiero queremos busco buscamos hacer hago hace saber encontrar ayuda favor cosa
        manera forma
        """.split()  # noqa: SIM905
    ),
    "pt": frozenset(
        """
        de a o que e do da em um para com nao uma os no se na por mais as dos como mas ao
        ele das seu sua ou quando muito nos ja eu tambem so pelo pela ate isso ela entre
        depois sem mesmo aos seus quem nas me esse eles voce essa num nem suas meu minha
        numa pelos elas qual lhe deles essas esses pelas este dele tu te voces vos lhes
        meus minhas teu tua teus tuas nosso nossa nossos nossas dela delas esta estes
        estas aquele aquela aqueles aquelas isto aquilo estou estamos estao estive esteve
        estivemos estiveram estava estavamos estavam estivera estiveramos esteja estejamos
        estejam estivesse estivessemos estivessem estiver estivermos estiverem hei ha
        havemos hao houve houvemos houveram houvera houveramos haja hajamos hajam houvesse
        houvessemos houvessem houver houvermos houverem houverei houveremos houverao
        houveria houveriamos houveriam sou somos sao era eramos eram fui foi fomos foram
        fora foramos seja sejamos sejam fosse fossemos fossem for formos forem serei sera
        seremos serao seria seriamos seriam tenho tem temos tinha tinhamos tinham tive
        teve tivemos tiveram tivera tiveramos tenha tenhamos tenham tivesse tivessemos
        tivessem tiver tivermos tiverem terei tera teremos terao teria teriamos teriam
        quais onde posso pode podem podemos devo deve devem devemos preciso precisa
        precisamos quero queremos procuro procuramos fazer faco faz saber encontrar ajuda
        favor coisa algo maneira forma
        """.split()  # noqa: SIM905
    ),
    "de": frozenset(
        """
        aber alle allem allen aller alles als also am an ander andere anderem anderen
        anderer anderes anderm andern anderr anders auch auf aus bei bin bis bist da damit
        dann der den des dem die das dass derselbe derselben denselben desselben demselben
        dieselbe dieselben dasselbe dazu dein deine deinem deinen deiner deines denn derer
        dessen dich dir du dies diese diesem diesen dieser dieses doch dort durch ein eine
        einem einen einer eines einig einige einigem einigen einiger einiges einmal er ihn
        ihm es etwas euer eure eurem euren eurer eures fur gegen gewesen hab habe haben
        hat hatte hatten hier hin hinter ich mich mir ihr ihre ihrem ihren ihrer ihres
        euch im in indem ins ist jede jedem jeden jeder jedes jene jenem jenen jener jenes
        jetzt kann kein keine keinem keinen keiner keines konnen konnte machen man manche
        manchem manchen mancher manches mein meine meinem meinen meiner meines mit muss
        musste nach nicht nichts noch nun nur ob oder ohne sehr sein seine seinem seinen
        seiner seines selbst sich sie ihnen sind so solche solchem solchen solcher solches
        soll sollte sondern sonst uber um und uns unse unsem unsen unser unses unter viel
        vom von vor wahrend war waren warst was weg weil weiter welche welchem welchen
        welcher welches wenn werde werden wie wieder will wir wird wirst wo wollen wollte
        wurde wurden zu zum zur zwar zwischen wann wer warum koennen mussen muessen
        brauche brauchen sollen suche suchen finden tun gibt bitte unsere art weise
        """.split()  # noqa: SIM905
    ),
    "nl": frozenset(
        """
        de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er
        maar om hem dan zou of wat mijn men dit zo door over ze zich bij ook tot je mij
        uit der daar haar naar heb hoe heeft hebben deze u want nog zal me zij nu ge geen
        omdat iets worden toch al waren veel meer doen toen moet ben zonder kan hun dus
        alles onder ja eens hier wie werd altijd doch wordt wezen kunnen ons zelf tegen na
        reeds wil kon niets uw iemand geweest andere welke wanneer waar waarom moeten
        nodig willen zoek zoeken vinden maken graag alstublieft onze manier
        """.split()  # noqa: SIM905
    ),
}
