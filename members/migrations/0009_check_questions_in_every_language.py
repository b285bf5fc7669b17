"""The Due Diligence Check's questions, help and advice in Spanish, Portuguese, German and
Dutch, beside the French (docs/languages.md); questions are found by their English text."""

from django.db import migrations

TRANSLATIONS = {
    "Has your company adopted a written supply-chain policy for minerals from conflict-affected and high-risk areas, consistent with the OECD model policy (Annex II)?": {
        "es": {
            "text": "¿Ha adoptado su empresa una política escrita para la cadena de suministro de minerales procedentes de zonas de conflicto y alto riesgo, conforme al modelo de política de la OCDE (Anexo II)?",
            "help": "Sí: una política aprobada por la alta dirección que abarca los riesgos del Anexo II (abusos graves, apoyo a grupos armados, fuerzas de seguridad, soborno, blanqueo de capitales, impuestos) y que se comunica a los proveedores y al público.",
            "next_step": "Redacte una política de la cadena de suministro basada en el modelo de política de la OCDE (Anexo II), haga que la alta dirección la apruebe, comuníquela a sus proveedores y publíquela en su sitio web."
        },
        "pt": {
            "text": "A sua empresa adotou uma política escrita para a cadeia de abastecimento de minerais provenientes de zonas de conflito e de alto risco, em conformidade com o modelo de política da OCDE (Anexo II)?",
            "help": "Sim: uma política aprovada pela alta direção que abrange os riscos do Anexo II (abusos graves, apoio a grupos armados, forças de segurança, suborno, branqueamento de capitais, impostos) e que é comunicada aos fornecedores e ao público.",
            "next_step": "Redija uma política para a cadeia de abastecimento baseada no modelo de política da OCDE (Anexo II), submeta-a à aprovação da alta direção, comunique-a aos seus fornecedores e publique-a no seu site."
        },
        "de": {
            "text": "Hat Ihr Unternehmen eine schriftliche Lieferkettenpolitik für Minerale aus Konflikt- und Hochrisikogebieten verabschiedet, die der Musterpolitik der OECD (Anhang II) entspricht?",
            "help": "Ja: eine von der Geschäftsleitung genehmigte Politik, die die Risiken nach Anhang II abdeckt (schwerwiegende Verstöße, Unterstützung bewaffneter Gruppen, Sicherheitskräfte, Bestechung, Geldwäsche, Steuern) und den Lieferanten sowie der Öffentlichkeit mitgeteilt wird.",
            "next_step": "Verfassen Sie eine Lieferkettenpolitik auf Grundlage der Musterpolitik der OECD (Anhang II), lassen Sie sie von der Geschäftsleitung genehmigen und machen Sie sie Ihren Lieferanten sowie auf Ihrer Website bekannt."
        },
        "nl": {
            "text": "Heeft uw bedrijf een schriftelijk beleid vastgesteld voor de toeleveringsketen van mineralen uit conflict- en hoogrisicogebieden, in overeenstemming met het modelbeleid van de OESO (bijlage II)?",
            "help": "Ja: een door het hoger management goedgekeurd beleid dat de risico's van bijlage II dekt (ernstige misstanden, steun aan gewapende groepen, veiligheidstroepen, omkoping, witwassen, belastingen) en dat met leveranciers en het publiek wordt gedeeld.",
            "next_step": "Stel op basis van het modelbeleid van de OESO (bijlage II) een beleid voor de toeleveringsketen op, laat het goedkeuren door het hoger management, deel het met uw leveranciers en publiceer het op uw website."
        }
    },
    "Has senior management given a named person or team the responsibility, authority and resources to carry out supply-chain due diligence?": {
        "es": {
            "text": "¿Ha otorgado la alta dirección a una persona o un equipo designados la responsabilidad, la autoridad y los recursos para llevar a cabo la debida diligencia en la cadena de suministro?",
            "help": "Sí: un responsable designado con autoridad suficiente supervisa la debida diligencia, el personal implicado ha recibido formación y el equipo rinde cuentas a la alta dirección.",
            "next_step": "Designe a una persona responsable de la debida diligencia, otórguele la autoridad y el tiempo necesarios y pídale que rinda cuentas a la alta dirección al menos una vez al año."
        },
        "pt": {
            "text": "A alta direção atribuiu a uma pessoa ou equipa designada a responsabilidade, a autoridade e os recursos para realizar a diligência devida na cadeia de abastecimento?",
            "help": "Sim: um responsável designado, com autoridade suficiente, supervisiona a diligência devida, o pessoal envolvido recebeu formação e a equipa presta contas à alta direção.",
            "next_step": "Designe uma pessoa responsável pela diligência devida, dê-lhe a autoridade e o tempo necessários e peça-lhe que preste contas à alta direção pelo menos uma vez por ano."
        },
        "de": {
            "text": "Hat die Geschäftsleitung einer namentlich benannten Person oder einem Team die Verantwortung, die Befugnisse und die Mittel übertragen, um die Sorgfaltspflichten in der Lieferkette zu erfüllen?",
            "help": "Ja: Eine benannte verantwortliche Person mit ausreichenden Befugnissen überwacht die Erfüllung der Sorgfaltspflichten, das beteiligte Personal ist geschult, und das Team berichtet an die Geschäftsleitung.",
            "next_step": "Benennen Sie eine für die Sorgfaltspflichten verantwortliche Person, geben Sie ihr die nötigen Befugnisse und die nötige Zeit und lassen Sie sie mindestens einmal jährlich an die Geschäftsleitung berichten."
        },
        "nl": {
            "text": "Heeft het hoger management een aangewezen persoon of team de verantwoordelijkheid, de bevoegdheid en de middelen gegeven om due diligence in de toeleveringsketen uit te voeren?",
            "help": "Ja: een aangewezen manager met voldoende bevoegdheid ziet toe op de due diligence, de betrokken medewerkers zijn opgeleid en het team rapporteert aan het hoger management.",
            "next_step": "Wijs één persoon aan die verantwoordelijk is voor due diligence, geef die persoon de benodigde bevoegdheid en tijd, en laat hem of haar ten minste eenmaal per jaar rapporteren aan het hoger management."
        }
    },
    "Do you have a chain-of-custody or traceability system that records where your minerals come from and who supplied them?": {
        "es": {
            "text": "¿Dispone de un sistema de cadena de custodia o de trazabilidad que registre de dónde proceden sus minerales y quién se los suministró?",
            "help": "Sí: para cada envío o producto puede rastrear a los proveedores y, en la medida de lo posible, las fundiciones, refinerías y orígenes, y conserva los registros durante al menos cinco años.",
            "next_step": "Empiece a registrar, para cada compra, el proveedor y lo que este le indica sobre el origen, y conserve los registros durante al menos cinco años."
        },
        "pt": {
            "text": "Dispõe de um sistema de cadeia de custódia ou de rastreabilidade que documente de onde vêm os seus minerais e quem os forneceu?",
            "help": "Sim: para cada remessa ou produto, consegue identificar os fornecedores e, na medida do possível, as fundições, refinarias e origens, e conserva os documentos durante pelo menos cinco anos.",
            "next_step": "Comece a documentar, para cada compra, o fornecedor e o que este lhe indica sobre a origem, e conserve esses documentos durante pelo menos cinco anos."
        },
        "de": {
            "text": "Verfügen Sie über ein Chain-of-Custody- oder Rückverfolgbarkeitssystem, das festhält, woher Ihre Minerale stammen und wer sie geliefert hat?",
            "help": "Ja: Für jede Lieferung oder jedes Produkt können Sie die Lieferanten und, soweit möglich, die Hütten, Raffinerien und Herkunftsorte zurückverfolgen, und Sie bewahren die Unterlagen mindestens fünf Jahre lang auf.",
            "next_step": "Halten Sie ab sofort bei jedem Einkauf den Lieferanten fest und was er Ihnen über die Herkunft mitteilt, und bewahren Sie diese Unterlagen mindestens fünf Jahre lang auf."
        },
        "nl": {
            "text": "Beschikt u over een chain-of-custody- of traceerbaarheidssysteem dat vastlegt waar uw mineralen vandaan komen en wie ze heeft geleverd?",
            "help": "Ja: voor elke zending of elk product kunt u de leveranciers en, voor zover mogelijk, de smelterijen, raffinaderijen en herkomst traceren, en u bewaart de gegevens ten minste vijf jaar.",
            "next_step": "Leg voortaan bij elke aankoop vast wie de leverancier is en wat die u over de herkomst vertelt, en bewaar die gegevens ten minste vijf jaar."
        }
    },
    "Have you communicated your policy to your suppliers and written your due-diligence expectations into your contracts or agreements with them?": {
        "es": {
            "text": "¿Ha comunicado su política a sus proveedores e incluido sus expectativas en materia de debida diligencia en los contratos o acuerdos que tiene con ellos?",
            "help": "Sí: los proveedores han recibido la política, y los contratos o códigos de proveedores les obligan a cumplirla y a compartir información sobre los orígenes y sobre su propia debida diligencia.",
            "next_step": "Envíe su política a sus proveedores y añada una cláusula de debida diligencia a los nuevos contratos o a su código de conducta para proveedores."
        },
        "pt": {
            "text": "Comunicou a sua política aos seus fornecedores e incluiu as suas expectativas em matéria de diligência devida nos contratos ou acordos que tem com eles?",
            "help": "Sim: os fornecedores receberam a política, e os contratos ou códigos de fornecedores obrigam-nos a cumpri-la e a prestar informações sobre as origens e sobre a sua própria diligência devida.",
            "next_step": "Envie a sua política aos seus fornecedores e acrescente uma cláusula de diligência devida aos novos contratos ou ao seu código de conduta de fornecedores."
        },
        "de": {
            "text": "Haben Sie Ihre Politik Ihren Lieferanten mitgeteilt und Ihre Erwartungen an die Sorgfaltspflichten in Ihre Verträge oder Vereinbarungen mit ihnen aufgenommen?",
            "help": "Ja: Die Lieferanten haben die Politik erhalten, und Verträge oder Lieferantenkodizes verpflichten sie, diese einzuhalten und Informationen über die Herkunft und die Erfüllung ihrer eigenen Sorgfaltspflichten weiterzugeben.",
            "next_step": "Senden Sie Ihre Politik an Ihre Lieferanten und nehmen Sie eine Klausel zu den Sorgfaltspflichten in neue Verträge oder in Ihren Verhaltenskodex für Lieferanten auf."
        },
        "nl": {
            "text": "Heeft u uw beleid aan uw leveranciers meegedeeld en uw verwachtingen op het gebied van due diligence opgenomen in uw contracten of afspraken met hen?",
            "help": "Ja: de leveranciers hebben het beleid ontvangen, en contracten of gedragscodes voor leveranciers verplichten hen zich eraan te houden en informatie te delen over de herkomst en over hun eigen due diligence.",
            "next_step": "Stuur uw beleid naar uw leveranciers en neem een due-diligenceclausule op in nieuwe contracten of in uw gedragscode voor leveranciers."
        }
    },
    "Do you have or take part in a grievance mechanism through which anyone can raise concerns about your mineral supply chain?": {
        "es": {
            "text": "¿Dispone de un mecanismo de quejas propio, o participa en uno, a través del cual cualquier persona pueda plantear inquietudes sobre su cadena de suministro de minerales?",
            "help": "Sí: trabajadores, comunidades, sociedad civil y otros pueden plantear sus inquietudes, de forma anónima si lo desean, y usted da seguimiento a cada una. Un mecanismo sectorial también cuenta.",
            "next_step": "Ofrezca a cualquier persona una vía para plantear inquietudes (una dirección de correo electrónico o un formulario son un buen comienzo), o adhiérase a un mecanismo de quejas sectorial, e indique en su sitio web cómo utilizarlo."
        },
        "pt": {
            "text": "Dispõe de um mecanismo de reclamação, próprio ou comum a várias empresas, através do qual qualquer pessoa possa manifestar preocupações sobre a sua cadeia de abastecimento de minerais?",
            "help": "Sim: trabalhadores, comunidades, sociedade civil e outros podem manifestar preocupações, anonimamente se o desejarem, e cada caso é acompanhado. Um mecanismo setorial também conta.",
            "next_step": "Dê a qualquer pessoa um meio de manifestar preocupações (um endereço de e-mail ou um formulário já é um começo), ou adira a um mecanismo de reclamação setorial, e explique no seu site como utilizá-lo."
        },
        "de": {
            "text": "Verfügen Sie über einen Beschwerdemechanismus oder beteiligen Sie sich an einem, über den jede Person Bedenken zu Ihrer Lieferkette für Minerale äußern kann?",
            "help": "Ja: Beschäftigte, lokale Gemeinschaften, Zivilgesellschaft und andere können Bedenken äußern, auf Wunsch anonym, und Sie gehen jedem Hinweis nach. Ein branchenweiter Mechanismus zählt ebenfalls.",
            "next_step": "Geben Sie jeder Person die Möglichkeit, Bedenken zu äußern (eine E-Mail-Adresse oder ein Formular ist ein Anfang), oder schließen Sie sich einem branchenweiten Beschwerdemechanismus an, und erklären Sie auf Ihrer Website, wie er genutzt wird."
        },
        "nl": {
            "text": "Heeft u een klachtenmechanisme, of neemt u deel aan een klachtenmechanisme, waarmee iedereen zorgen over uw toeleveringsketen van mineralen kan melden?",
            "help": "Ja: werknemers, gemeenschappen, het maatschappelijk middenveld en anderen kunnen zorgen melden, desgewenst anoniem, en u volgt elke melding op. Een sectorbreed mechanisme telt ook.",
            "next_step": "Geef iedereen een manier om zorgen te melden (een e-mailadres of een formulier is een begin), of sluit u aan bij een sectorbreed klachtenmechanisme, en vermeld op uw website hoe het werkt."
        }
    },
    "Have you mapped your mineral supply chain, from your direct suppliers to the smelters, refiners and mines where possible?": {
        "es": {
            "text": "¿Ha mapeado su cadena de suministro de minerales, desde sus proveedores directos hasta las fundiciones, refinerías y minas cuando sea posible?",
            "help": "Sí: sabe cuáles de sus productos contienen los minerales, quién los suministra y qué actores hay entre usted y la mina, y actualiza el mapa con regularidad.",
            "next_step": "Elabore una lista de los productos que contienen los minerales y de sus proveedores directos, y luego pregunte a esos proveedores de dónde proceden los minerales."
        },
        "pt": {
            "text": "Mapeou a sua cadeia de abastecimento de minerais, desde os seus fornecedores diretos até às fundições, refinarias e minas, sempre que possível?",
            "help": "Sim: sabe quais dos seus produtos contêm os minerais, quem os fornece e que atores se situam entre a sua empresa e a mina, e atualiza o mapeamento regularmente.",
            "next_step": "Faça uma lista dos produtos que contêm os minerais e dos seus fornecedores diretos e, em seguida, pergunte a esses fornecedores de onde vêm os minerais."
        },
        "de": {
            "text": "Haben Sie Ihre Lieferkette für Minerale abgebildet, von Ihren direkten Lieferanten bis, soweit möglich, zu den Hütten, Raffinerien und Minen?",
            "help": "Ja: Sie wissen, welche Ihrer Produkte die Minerale enthalten, wer sie liefert und welche Akteure zwischen Ihnen und der Mine stehen, und Sie aktualisieren die Übersicht regelmäßig.",
            "next_step": "Erstellen Sie eine Liste der Produkte, die die Minerale enthalten, und ihrer direkten Lieferanten, und fragen Sie diese Lieferanten dann, woher die Minerale stammen."
        },
        "nl": {
            "text": "Heeft u uw toeleveringsketen van mineralen in kaart gebracht, van uw directe leveranciers tot, waar mogelijk, de smelterijen, raffinaderijen en mijnen?",
            "help": "Ja: u weet welke van uw producten de mineralen bevatten, wie ze levert en welke partijen er tussen u en de mijn zitten, en u werkt het overzicht regelmatig bij.",
            "next_step": "Maak een lijst van de producten die de mineralen bevatten en van hun directe leveranciers, en vraag die leveranciers vervolgens waar de mineralen vandaan komen."
        }
    },
    "Have you identified the smelters and refiners in your supply chain or, if you are upstream, the mines and transport routes your minerals come from?": {
        "es": {
            "text": "¿Ha identificado las fundiciones y refinerías de su cadena de suministro o, si usted está aguas arriba, las minas y las rutas de transporte de las que proceden sus minerales?",
            "help": "Sí: dispone de una lista de fundiciones y refinerías (por ejemplo, a partir de las respuestas CMRT o EMRT) o de minas y rutas, cuya exhaustividad ha comprobado y que mantiene actualizada.",
            "next_step": "Pida a sus proveedores un CMRT o un EMRT y reúna las fundiciones y refinerías que mencionan; aguas arriba, registre las minas y las rutas de cada lote."
        },
        "pt": {
            "text": "Identificou as fundições e refinarias da sua cadeia de abastecimento ou, se estiver a montante, as minas e as rotas de transporte de onde vêm os seus minerais?",
            "help": "Sim: dispõe de uma lista de fundições e refinarias (por exemplo, a partir das respostas CMRT ou EMRT) ou de minas e rotas, verificada quanto à sua completude e mantida atualizada.",
            "next_step": "Peça aos seus fornecedores um CMRT ou um EMRT e reúna as fundições e refinarias que indicam; a montante, documente as minas e as rotas de cada lote."
        },
        "de": {
            "text": "Haben Sie die Hütten und Raffinerien in Ihrer Lieferkette ermittelt oder, falls Sie vorgelagert tätig sind, die Minen und Transportwege, aus denen Ihre Minerale stammen?",
            "help": "Ja: Sie verfügen über eine auf Vollständigkeit geprüfte und aktuell gehaltene Liste der Hütten und Raffinerien (z. B. aus CMRT- oder EMRT-Antworten) oder der Minen und Transportwege.",
            "next_step": "Fordern Sie von Ihren Lieferanten ein CMRT oder EMRT an und stellen Sie die darin genannten Hütten und Raffinerien zusammen; sind Sie vorgelagert tätig, erfassen Sie die Minen und Transportwege jeder Charge."
        },
        "nl": {
            "text": "Heeft u de smelterijen en raffinaderijen in uw toeleveringsketen geïdentificeerd of, als u stroomopwaarts actief bent, de mijnen en transportroutes waar uw mineralen vandaan komen?",
            "help": "Ja: u beschikt over een lijst van smelterijen en raffinaderijen (bijvoorbeeld uit CMRT- of EMRT-antwoorden) of van mijnen en routes, die op volledigheid is gecontroleerd en actueel wordt gehouden.",
            "next_step": "Vraag uw leveranciers om een CMRT of EMRT en breng de smelterijen en raffinaderijen die zij noemen bij elkaar; stroomopwaarts legt u de mijnen en routes van elke partij vast."
        }
    },
    "Do you check your supply chain for red flags, such as minerals from or transported through conflict-affected and high-risk areas?": {
        "es": {
            "text": "¿Comprueba si hay señales de alerta en su cadena de suministro, como minerales procedentes de zonas de conflicto y alto riesgo o transportados a través de ellas?",
            "help": "Sí: busca orígenes, rutas de tránsito y proveedores que presenten señales de alerta (por ejemplo, volúmenes inexplicados o vínculos con zonas de riesgo) y registra lo que encuentra.",
            "next_step": "Compare los orígenes, rutas y proveedores que conoce con una lista de zonas de conflicto y alto riesgo, como la lista indicativa de la UE, y anote cada señal de alerta."
        },
        "pt": {
            "text": "Verifica se existem sinais de alerta na sua cadeia de abastecimento, como minerais provenientes de zonas de conflito e de alto risco ou transportados através delas?",
            "help": "Sim: procura origens, rotas de trânsito e fornecedores que apresentem sinais de alerta (por exemplo, volumes inexplicados ou ligações a zonas de risco) e documenta o que encontra.",
            "next_step": "Compare as origens, rotas e fornecedores que conhece com uma lista de zonas de conflito e de alto risco, como a lista indicativa da UE, e anote cada sinal de alerta."
        },
        "de": {
            "text": "Prüfen Sie Ihre Lieferkette auf Warnsignale (Red Flags), etwa Minerale, die aus Konflikt- und Hochrisikogebieten stammen oder durch sie transportiert werden?",
            "help": "Ja: Sie suchen nach Herkunftsorten, Transitrouten und Lieferanten mit Warnsignalen (z. B. nicht erklärbare Mengen oder Verbindungen zu Risikogebieten) und dokumentieren Ihre Ergebnisse.",
            "next_step": "Gleichen Sie die Ihnen bekannten Herkunftsorte, Routen und Lieferanten mit einer Liste von Konflikt- und Hochrisikogebieten ab, etwa der indikativen Liste der EU, und halten Sie jedes Warnsignal fest."
        },
        "nl": {
            "text": "Controleert u uw toeleveringsketen op waarschuwingssignalen (red flags), zoals mineralen die afkomstig zijn uit of vervoerd worden via conflict- en hoogrisicogebieden?",
            "help": "Ja: u zoekt naar herkomstgebieden, transitroutes en leveranciers met waarschuwingssignalen (bijvoorbeeld onverklaarde volumes of banden met risicogebieden) en legt uw bevindingen vast.",
            "next_step": "Vergelijk de herkomst, routes en leveranciers die u kent met een lijst van conflict- en hoogrisicogebieden, zoals de indicatieve lijst van de EU, en noteer elk waarschuwingssignaal."
        }
    },
    "Where red flags appear, do you assess the risks in depth: on-the-ground assessments upstream, or a review of the smelters' and refiners' due diligence downstream?": {
        "es": {
            "text": "Cuando aparecen señales de alerta, ¿evalúa los riesgos en profundidad: evaluaciones sobre el terreno aguas arriba, o una revisión de la debida diligencia de las fundiciones y refinerías aguas abajo?",
            "help": "Sí: aguas arriba, equipos de evaluación visitan minas, comerciantes y rutas; aguas abajo, usted revisa la debida diligencia y la situación de auditoría de las fundiciones y refinerías.",
            "next_step": "Para cada señal de alerta, revise la debida diligencia y la situación de auditoría de la fundición o refinería; aguas arriba, organice una evaluación sobre el terreno."
        },
        "pt": {
            "text": "Quando surgem sinais de alerta, avalia os riscos em profundidade: avaliações no terreno a montante, ou análise da diligência devida das fundições e refinarias a jusante?",
            "help": "Sim: a montante, equipas de avaliação visitam minas, comerciantes e rotas; a jusante, analisa a diligência devida e a situação de auditoria das fundições e refinarias.",
            "next_step": "Para cada sinal de alerta, analise a diligência devida e a situação de auditoria da fundição ou refinaria; a montante, organize uma avaliação no terreno."
        },
        "de": {
            "text": "Bewerten Sie bei Warnsignalen die Risiken eingehend: vorgelagert durch Bewertungen vor Ort, nachgelagert durch eine Überprüfung der Sorgfaltspflichten der Hütten und Raffinerien?",
            "help": "Ja: Vorgelagert besuchen Bewertungsteams Minen, Händler und Transportwege; nachgelagert prüfen Sie die Erfüllung der Sorgfaltspflichten und den Auditstatus der Hütten und Raffinerien.",
            "next_step": "Prüfen Sie bei jedem Warnsignal die Erfüllung der Sorgfaltspflichten und den Auditstatus der Hütte oder Raffinerie; sind Sie vorgelagert tätig, organisieren Sie eine Bewertung vor Ort."
        },
        "nl": {
            "text": "Beoordeelt u bij waarschuwingssignalen de risico's grondig: stroomopwaarts met beoordelingen ter plaatse, of stroomafwaarts met een toetsing van de due diligence van de smelterijen en raffinaderijen?",
            "help": "Ja: stroomopwaarts bezoeken beoordelingsteams mijnen, handelaren en routes; stroomafwaarts beoordeelt u de due diligence en de auditstatus van de smelterijen en raffinaderijen.",
            "next_step": "Beoordeel bij elk waarschuwingssignaal de due diligence en de auditstatus van de smelterij of raffinaderij; stroomopwaarts organiseert u een beoordeling ter plaatse."
        }
    },
    "Do you assess the risks you find against the standards of your supply-chain policy (OECD Annex II)?": {
        "es": {
            "text": "¿Evalúa los riesgos que detecta con respecto a las normas de su política de la cadena de suministro (Anexo II de la OCDE)?",
            "help": "Sí: cada riesgo se compara con su política y con el modelo del Anexo II, y usted registra si se trata de un impacto negativo que requiere una respuesta.",
            "next_step": "Contraste cada riesgo detectado con su política y con el modelo del Anexo II, y registre si requiere alguna medida."
        },
        "pt": {
            "text": "Avalia os riscos que identifica à luz das normas da sua política para a cadeia de abastecimento (Anexo II da OCDE)?",
            "help": "Sim: cada risco é comparado com a sua política e com o modelo do Anexo II, e fica documentado se constitui um impacto negativo que exige uma resposta.",
            "next_step": "Compare cada risco identificado com a sua política e com o modelo do Anexo II, e documente se exige alguma ação."
        },
        "de": {
            "text": "Bewerten Sie die festgestellten Risiken anhand der Standards Ihrer Lieferkettenpolitik (Anhang II des OECD-Leitfadens)?",
            "help": "Ja: Jedes Risiko wird mit Ihrer Politik und dem Muster in Anhang II abgeglichen, und Sie dokumentieren, ob es sich um eine nachteilige Auswirkung handelt, die eine Reaktion erfordert.",
            "next_step": "Gleichen Sie jedes festgestellte Risiko mit Ihrer Politik und dem Muster in Anhang II ab und halten Sie fest, ob es Maßnahmen erfordert."
        },
        "nl": {
            "text": "Beoordeelt u de risico's die u vindt aan de hand van de normen van uw beleid voor de toeleveringsketen (bijlage II van de OESO)?",
            "help": "Ja: elk risico wordt vergeleken met uw beleid en het model van bijlage II, en u legt vast of het gaat om een negatieve impact die om een reactie vraagt.",
            "next_step": "Toets elk gevonden risico aan uw beleid en aan het model van bijlage II, en leg vast of het om actie vraagt."
        }
    },
    "Do you report the risks you identified to a designated member of senior management?": {
        "es": {
            "text": "¿Informa de los riesgos detectados a un miembro designado de la alta dirección?",
            "help": "Sí: las conclusiones de la evaluación de riesgos llegan a la alta dirección, que decide la respuesta.",
            "next_step": "Acuerde con la alta dirección cómo y cuándo le llegan las conclusiones sobre riesgos, y envíele las de su última evaluación."
        },
        "pt": {
            "text": "Comunica os riscos identificados a um membro designado da alta direção?",
            "help": "Sim: as conclusões da avaliação de riscos chegam à alta direção, que decide a resposta a dar.",
            "next_step": "Defina com a alta direção como e quando lhe chegam as conclusões sobre riscos, e envie-lhe as da sua última avaliação."
        },
        "de": {
            "text": "Melden Sie die festgestellten Risiken an ein benanntes Mitglied der Geschäftsleitung?",
            "help": "Ja: Die Ergebnisse der Risikobewertung gelangen an die Geschäftsleitung, die über die Reaktion entscheidet.",
            "next_step": "Vereinbaren Sie mit der Geschäftsleitung, wie und wann Ergebnisse zu Risiken sie erreichen, und übermitteln Sie ihr die Ergebnisse Ihrer letzten Bewertung."
        },
        "nl": {
            "text": "Rapporteert u de vastgestelde risico's aan een aangewezen lid van het hoger management?",
            "help": "Ja: de bevindingen van de risicobeoordeling bereiken het hoger management, dat over de reactie beslist.",
            "next_step": "Spreek met het hoger management af hoe en wanneer bevindingen over risico's bij hen terechtkomen, en stuur hun de bevindingen van uw laatste beoordeling."
        }
    },
    "Do you have a written risk management plan that sets out how you respond to the risks you identified?": {
        "es": {
            "text": "¿Dispone de un plan escrito de gestión de riesgos que establezca cómo responde a los riesgos detectados?",
            "help": "Sí: un plan aprobado por la alta dirección indica cada riesgo, la respuesta elegida, quién actúa y en qué plazo.",
            "next_step": "Redacte un breve plan de gestión de riesgos (cada riesgo, la respuesta elegida, quién actúa y en qué plazo) y haga que la alta dirección lo apruebe."
        },
        "pt": {
            "text": "Dispõe de um plano escrito de gestão de riscos que estabeleça como responde aos riscos identificados?",
            "help": "Sim: um plano aprovado pela alta direção indica cada risco, a resposta escolhida, quem atua e em que prazo.",
            "next_step": "Redija um plano de gestão de riscos curto (cada risco, a resposta escolhida, quem atua e em que prazo) e submeta-o à aprovação da alta direção."
        },
        "de": {
            "text": "Verfügen Sie über einen schriftlichen Risikomanagementplan, der festlegt, wie Sie auf die festgestellten Risiken reagieren?",
            "help": "Ja: Ein von der Geschäftsleitung genehmigter Plan nennt jedes Risiko, die gewählte Reaktion, wer handelt und bis wann.",
            "next_step": "Verfassen Sie einen kurzen Risikomanagementplan (jedes Risiko, die gewählte Reaktion, wer handelt und bis wann) und lassen Sie ihn von der Geschäftsleitung genehmigen."
        },
        "nl": {
            "text": "Heeft u een schriftelijk risicobeheersplan waarin staat hoe u reageert op de vastgestelde risico's?",
            "help": "Ja: een door het hoger management goedgekeurd plan vermeldt elk risico, de gekozen reactie, wie actie onderneemt en wanneer.",
            "next_step": "Stel een kort risicobeheersplan op (elk risico, de gekozen reactie, wie actie onderneemt en wanneer) en laat het goedkeuren door het hoger management."
        }
    },
    "Does your plan say when you continue trading while mitigating a risk, when you suspend trade temporarily and when you disengage from a supplier?": {
        "es": {
            "text": "¿Indica su plan cuándo continúa comerciando mientras mitiga un riesgo, cuándo suspende temporalmente el comercio y cuándo se desvincula de un proveedor?",
            "help": "Sí: estas decisiones siguen su política y la Guía de la OCDE, por ejemplo la desvinculación inmediata ante los abusos más graves, y usted las aplica.",
            "next_step": "Indique en su plan cuándo mantiene el comercio mientras mitiga un riesgo, cuándo lo suspende y cuándo se desvincula, como hacen su política y la Guía de la OCDE."
        },
        "pt": {
            "text": "O seu plano indica quando mantém a relação comercial enquanto mitiga um risco, quando suspende temporariamente o comércio e quando se desvincula de um fornecedor?",
            "help": "Sim: estas escolhas seguem a sua política e o Guia da OCDE, por exemplo a desvinculação imediata perante os abusos mais graves, e são aplicadas.",
            "next_step": "Indique no seu plano quando mantém a relação comercial enquanto mitiga um risco, quando a suspende e quando se desvincula, tal como fazem a sua política e o Guia da OCDE."
        },
        "de": {
            "text": "Legt Ihr Plan fest, wann Sie die Geschäftsbeziehung unter gleichzeitiger Risikominderung fortsetzen, wann Sie sie vorübergehend aussetzen und wann Sie sich von einem Lieferanten zurückziehen?",
            "help": "Ja: Diese Entscheidungen folgen Ihrer Politik und dem OECD-Leitfaden, etwa der sofortige Rückzug bei den schwerwiegendsten Verstößen, und Sie wenden sie an.",
            "next_step": "Legen Sie in Ihrem Plan fest, wann Sie die Geschäftsbeziehung unter Risikominderung fortsetzen, wann Sie sie aussetzen und wann Sie sich zurückziehen, wie es Ihre Politik und der OECD-Leitfaden tun."
        },
        "nl": {
            "text": "Staat in uw plan wanneer u de handel voortzet terwijl u een risico beperkt, wanneer u de handel tijdelijk opschort en wanneer u de relatie met een leverancier beëindigt?",
            "help": "Ja: deze keuzes volgen uw beleid en de OESO-richtsnoeren, bijvoorbeeld onmiddellijke beëindiging bij de ernstigste misstanden, en u past ze toe.",
            "next_step": "Leg in uw plan vast wanneer u de handel voortzet terwijl u een risico beperkt, wanneer u die opschort en wanneer u zich terugtrekt, zoals uw beleid en de OESO-richtsnoeren doen."
        }
    },
    "Do you follow up risk mitigation with measurable improvement targets and timelines, and check the progress?": {
        "es": {
            "text": "¿Hace un seguimiento de la mitigación de riesgos con objetivos de mejora medibles y plazos, y comprueba los avances?",
            "help": "Sí: las medidas de mitigación tienen indicadores y plazos (la Guía espera una mejora significativa y medible en un plazo de seis meses) y usted las revisa.",
            "next_step": "Asigne a cada medida de mitigación un indicador y un plazo, y compruebe los avances en fechas fijas."
        },
        "pt": {
            "text": "Acompanha a mitigação dos riscos com metas de melhoria mensuráveis e prazos, e verifica os progressos?",
            "help": "Sim: as medidas de mitigação têm indicadores e prazos (o Guia espera uma melhoria significativa e mensurável no prazo de seis meses) e são reavaliadas.",
            "next_step": "Atribua a cada medida de mitigação um indicador e um prazo, e verifique os progressos em datas fixas."
        },
        "de": {
            "text": "Verfolgen Sie die Risikominderung mit messbaren Verbesserungszielen und Zeitplänen und überprüfen Sie die Fortschritte?",
            "help": "Ja: Die Maßnahmen zur Risikominderung haben Indikatoren und Fristen (der Leitfaden erwartet innerhalb von sechs Monaten eine erhebliche, messbare Verbesserung), und Sie überprüfen sie.",
            "next_step": "Versehen Sie jede Maßnahme zur Risikominderung mit einem Indikator und einer Frist und überprüfen Sie die Fortschritte zu festen Terminen."
        },
        "nl": {
            "text": "Volgt u de risicobeperking op met meetbare verbeterdoelen en termijnen, en controleert u de voortgang?",
            "help": "Ja: de beperkende maatregelen hebben indicatoren en termijnen (de richtsnoeren verwachten binnen zes maanden een aanzienlijke, meetbare verbetering) en u evalueert ze.",
            "next_step": "Geef elke beperkende maatregel een indicator en een termijn, en controleer de voortgang op vaste data."
        }
    },
    "Do you consult suppliers and affected stakeholders, such as local authorities, civil society and communities, when you decide on and carry out mitigation?": {
        "es": {
            "text": "¿Consulta a los proveedores y a las partes interesadas afectadas, como las autoridades locales, la sociedad civil y las comunidades, cuando decide y aplica medidas de mitigación?",
            "help": "Sí: acuerda el plan de mitigación con los proveedores e involucra a las personas afectadas, por ejemplo a través de iniciativas sectoriales o de múltiples partes interesadas.",
            "next_step": "Antes de decidir una medida de mitigación, hable con los proveedores implicados y, cuando sea posible, con las autoridades locales, la sociedad civil o las comunidades afectadas."
        },
        "pt": {
            "text": "Consulta os fornecedores e as partes interessadas afetadas, como as autoridades locais, a sociedade civil e as comunidades, quando decide e executa medidas de mitigação?",
            "help": "Sim: o plano de mitigação é acordado com os fornecedores e envolve as pessoas afetadas, por exemplo através de iniciativas setoriais ou com múltiplas partes interessadas.",
            "next_step": "Antes de decidir uma medida de mitigação, fale com os fornecedores envolvidos e, sempre que possível, com as autoridades locais, a sociedade civil ou as comunidades afetadas."
        },
        "de": {
            "text": "Konsultieren Sie Lieferanten und betroffene Interessengruppen wie lokale Behörden, Zivilgesellschaft und Gemeinschaften, wenn Sie über Maßnahmen zur Risikominderung entscheiden und diese umsetzen?",
            "help": "Ja: Sie stimmen den Plan zur Risikominderung mit den Lieferanten ab und beziehen die betroffenen Menschen ein, etwa über Brancheninitiativen oder Multi-Stakeholder-Initiativen.",
            "next_step": "Sprechen Sie, bevor Sie sich für eine Maßnahme zur Risikominderung entscheiden, mit den jeweiligen Lieferanten und, wo möglich, mit den lokalen Behörden, der Zivilgesellschaft oder den betroffenen Gemeinschaften."
        },
        "nl": {
            "text": "Raadpleegt u leveranciers en betrokken belanghebbenden, zoals lokale overheden, het maatschappelijk middenveld en gemeenschappen, wanneer u over risicobeperking beslist en die uitvoert?",
            "help": "Ja: u stemt het plan voor risicobeperking af met leveranciers en betrekt de getroffen mensen, bijvoorbeeld via sectorinitiatieven of multistakeholderinitiatieven.",
            "next_step": "Praat voordat u over een beperkende maatregel beslist met de betrokken leveranciers en, waar mogelijk, met de lokale overheden, het maatschappelijk middenveld of de getroffen gemeenschappen."
        }
    },
    "If you are a smelter or refiner: has an independent third party audited your due diligence against the OECD Guidance, for example under the RMAP?": {
        "es": {
            "text": "Si usted es una fundición o refinería: ¿ha auditado un tercero independiente su debida diligencia conforme a la Guía de la OCDE, por ejemplo en el marco del RMAP?",
            "help": "Sí: una auditoría reciente ha considerado conformes sus prácticas y su resumen es público. Responda «no aplicable» si usted no es una fundición ni una refinería.",
            "next_step": "Si usted es una fundición o refinería, póngase en contacto con un programa de auditoría como el RMAP y planifique su primera auditoría independiente; si no lo es, esta pregunta no le concierne."
        },
        "pt": {
            "text": "Se for uma fundição ou refinaria: um terceiro independente auditou a sua diligência devida à luz do Guia da OCDE, por exemplo no âmbito do RMAP?",
            "help": "Sim: uma auditoria recente considerou as suas práticas conformes e o resumo da auditoria é público. Responda “não aplicável” se não for uma fundição nem uma refinaria.",
            "next_step": "Se for uma fundição ou refinaria, dirija-se a um programa de auditoria como o RMAP e prepare a sua primeira auditoria independente; caso contrário, esta pergunta não se aplica à sua empresa."
        },
        "de": {
            "text": "Falls Sie eine Hütte oder Raffinerie sind: Hat ein unabhängiger Dritter die Erfüllung Ihrer Sorgfaltspflichten anhand des OECD-Leitfadens auditiert, zum Beispiel im Rahmen des RMAP?",
            "help": "Ja: Ein aktuelles Audit hat die Konformität Ihrer Verfahren festgestellt, und seine Zusammenfassung ist öffentlich. Antworten Sie „nicht zutreffend“, wenn Sie keine Hütte oder Raffinerie sind.",
            "next_step": "Wenn Sie eine Hütte oder Raffinerie sind, wenden Sie sich an ein Auditprogramm wie das RMAP und planen Sie Ihr erstes unabhängiges Audit; andernfalls betrifft Sie diese Frage nicht."
        },
        "nl": {
            "text": "Als u een smelterij of raffinaderij bent: heeft een onafhankelijke derde partij uw due diligence geaudit aan de hand van de OESO-richtsnoeren, bijvoorbeeld in het kader van het RMAP?",
            "help": "Ja: een recente audit heeft vastgesteld dat uw werkwijze conform is, en de samenvatting ervan is openbaar. Antwoord “niet van toepassing” als u geen smelterij of raffinaderij bent.",
            "next_step": "Als u een smelterij of raffinaderij bent, neem dan contact op met een auditprogramma zoals het RMAP en plan uw eerste onafhankelijke audit; zo niet, dan is deze vraag niet op u van toepassing."
        }
    },
    "Do the smelters and refiners in your supply chain have a valid independent audit against the OECD Guidance (for example RMAP conformant)?": {
        "es": {
            "text": "¿Cuentan las fundiciones y refinerías de su cadena de suministro con una auditoría independiente válida conforme a la Guía de la OCDE (por ejemplo, conformes con el RMAP)?",
            "help": "Sí: todas las fundiciones y refinerías que ha identificado son conformes con un programa de auditoría reconocido; en parte si solo algunas lo son.",
            "next_step": "Busque cada fundición y refinería de su lista en las listas de instalaciones conformes de los programas de auditoría, y pida a sus proveedores que dejen de abastecerse de las que no están auditadas."
        },
        "pt": {
            "text": "As fundições e refinarias da sua cadeia de abastecimento dispõem de uma auditoria independente válida à luz do Guia da OCDE (por exemplo, conformes com o RMAP)?",
            "help": "Sim: todas as fundições e refinarias que identificou estão em conformidade com um programa de auditoria reconhecido; em parte, se apenas algumas o estiverem.",
            "next_step": "Procure cada fundição e refinaria da sua lista nas listas de instalações conformes dos programas de auditoria, e peça aos seus fornecedores que deixem de se abastecer junto das que não foram auditadas."
        },
        "de": {
            "text": "Verfügen die Hütten und Raffinerien in Ihrer Lieferkette über ein gültiges unabhängiges Audit anhand des OECD-Leitfadens (zum Beispiel RMAP-konform)?",
            "help": "Ja: Jede von Ihnen ermittelte Hütte und Raffinerie ist nach einem anerkannten Auditprogramm konform; teilweise, wenn dies nur für einige gilt.",
            "next_step": "Suchen Sie jede Hütte und Raffinerie Ihrer Liste in den Listen konformer Anlagen der Auditprogramme und fordern Sie Ihre Lieferanten auf, sich von nicht auditierten Anlagen abzuwenden."
        },
        "nl": {
            "text": "Beschikken de smelterijen en raffinaderijen in uw toeleveringsketen over een geldige onafhankelijke audit aan de hand van de OESO-richtsnoeren (bijvoorbeeld RMAP-conform)?",
            "help": "Ja: elke smelterij en raffinaderij die u heeft geïdentificeerd, is conform een erkend auditprogramma; gedeeltelijk als dat alleen voor sommige geldt.",
            "next_step": "Zoek elke smelterij en raffinaderij van uw lijst op in de lijsten van conforme installaties van de auditprogramma's, en vraag uw leveranciers om af te stappen van installaties die niet zijn geaudit."
        }
    },
    "Do you take part in an industry programme that organises or supports independent audits of smelters and refiners, such as the Responsible Minerals Initiative?": {
        "es": {
            "text": "¿Participa en un programa sectorial que organice o apoye auditorías independientes de fundiciones y refinerías, como la Responsible Minerals Initiative?",
            "help": "Sí: es miembro de un programa de este tipo, o lo apoya a través de su asociación sectorial, y anima a las fundiciones y refinerías no auditadas a adherirse.",
            "next_step": "Adhiérase a un programa sectorial que organice auditorías de fundiciones y refinerías, o apóyelo, directamente o a través de su asociación sectorial."
        },
        "pt": {
            "text": "Participa em algum programa setorial que organize ou apoie auditorias independentes de fundições e refinarias, como a Responsible Minerals Initiative?",
            "help": "Sim: é membro de um programa deste tipo, ou apoia-o através da sua associação setorial, e incentiva as fundições e refinarias não auditadas a aderir.",
            "next_step": "Adira a um programa setorial que organize auditorias de fundições e refinarias, ou apoie-o, diretamente ou através da sua associação setorial."
        },
        "de": {
            "text": "Beteiligen Sie sich an einem Branchenprogramm, das unabhängige Audits von Hütten und Raffinerien organisiert oder unterstützt, etwa an der Responsible Minerals Initiative?",
            "help": "Ja: Sie sind Mitglied eines solchen Programms oder unterstützen es über Ihren Branchenverband, und Sie ermutigen nicht auditierte Hütten und Raffinerien zur Teilnahme.",
            "next_step": "Treten Sie einem Branchenprogramm bei, das Audits von Hütten und Raffinerien organisiert, oder unterstützen Sie es, direkt oder über Ihren Branchenverband."
        },
        "nl": {
            "text": "Neemt u deel aan een sectorprogramma dat onafhankelijke audits van smelterijen en raffinaderijen organiseert of ondersteunt, zoals het Responsible Minerals Initiative?",
            "help": "Ja: u bent lid van zo'n programma, of steunt het via uw brancheorganisatie, en u moedigt niet-geaudite smelterijen en raffinaderijen aan om deel te nemen.",
            "next_step": "Sluit u aan bij een sectorprogramma dat audits van smelterijen en raffinaderijen organiseert, of steun het, rechtstreeks of via uw brancheorganisatie."
        }
    },
    "Do you follow up the findings and corrective actions of the audits of your own operations or of your smelters and refiners?": {
        "es": {
            "text": "¿Hace un seguimiento de las conclusiones y las medidas correctivas de las auditorías de sus propias operaciones o de sus fundiciones y refinerías?",
            "help": "Sí: conoce las conclusiones de las auditorías, y las medidas correctivas se siguen hasta su finalización o se incorporan a su plan de gestión de riesgos.",
            "next_step": "Lea los informes o resúmenes de auditoría que le conciernen, enumere las medidas correctivas y compruebe que se llevan a cabo."
        },
        "pt": {
            "text": "Acompanha as conclusões e as medidas corretivas das auditorias às suas próprias operações ou às suas fundições e refinarias?",
            "help": "Sim: conhece as conclusões das auditorias, e as medidas corretivas são acompanhadas até serem concluídas ou integradas no seu plano de gestão de riscos.",
            "next_step": "Leia os relatórios ou resumos de auditoria que lhe dizem respeito, enumere as medidas corretivas e verifique se são executadas."
        },
        "de": {
            "text": "Verfolgen Sie die Feststellungen und Korrekturmaßnahmen der Audits Ihrer eigenen Tätigkeit oder Ihrer Hütten und Raffinerien nach?",
            "help": "Ja: Sie kennen die Feststellungen der Audits, und Korrekturmaßnahmen werden bis zum Abschluss nachverfolgt oder in Ihren Risikomanagementplan aufgenommen.",
            "next_step": "Lesen Sie die Auditberichte oder -zusammenfassungen, die Sie betreffen, listen Sie die Korrekturmaßnahmen auf und prüfen Sie, ob sie umgesetzt werden."
        },
        "nl": {
            "text": "Volgt u de bevindingen en corrigerende maatregelen op van de audits van uw eigen activiteiten of van uw smelterijen en raffinaderijen?",
            "help": "Ja: u kent de bevindingen van de audits, en corrigerende maatregelen worden gevolgd tot ze zijn afgerond of opgenomen in uw risicobeheersplan.",
            "next_step": "Lees de auditrapporten of -samenvattingen die op u betrekking hebben, zet de corrigerende maatregelen op een rij en controleer of ze worden uitgevoerd."
        }
    },
    "Have you checked that the audit programmes you rely on are independent, competent and assess due diligence against the OECD Guidance?": {
        "es": {
            "text": "¿Ha comprobado que los programas de auditoría en los que se basa son independientes y competentes y evalúan la debida diligencia conforme a la Guía de la OCDE?",
            "help": "Sí: se basa en programas cuya alineación con la Guía de la OCDE ha sido evaluada y cuyos auditores son independientes de las empresas auditadas.",
            "next_step": "Infórmese de cómo eligen a sus auditores los programas de auditoría en los que se basa y con respecto a qué auditan, por ejemplo a partir de las evaluaciones de su alineación con la Guía de la OCDE."
        },
        "pt": {
            "text": "Verificou se os programas de auditoria em que se baseia são independentes, competentes e avaliam a diligência devida à luz do Guia da OCDE?",
            "help": "Sim: baseia-se em programas cujo alinhamento com o Guia da OCDE foi avaliado e cujos auditores são independentes das empresas auditadas.",
            "next_step": "Informe-se sobre a forma como os programas de auditoria em que se baseia escolhem os seus auditores e sobre o referencial com base no qual auditam, por exemplo a partir das avaliações do seu alinhamento com o Guia da OCDE."
        },
        "de": {
            "text": "Haben Sie geprüft, ob die Auditprogramme, auf die Sie sich stützen, unabhängig und kompetent sind und die Sorgfaltspflichten anhand des OECD-Leitfadens bewerten?",
            "help": "Ja: Sie stützen sich auf Programme, deren Übereinstimmung mit dem OECD-Leitfaden bewertet wurde und deren Auditoren von den auditierten Unternehmen unabhängig sind.",
            "next_step": "Informieren Sie sich, wie die Auditprogramme, auf die Sie sich stützen, ihre Auditoren auswählen und anhand welcher Maßstäbe sie prüfen, zum Beispiel aus Bewertungen ihrer Übereinstimmung mit dem OECD-Leitfaden."
        },
        "nl": {
            "text": "Heeft u gecontroleerd of de auditprogramma's waarop u vertrouwt onafhankelijk en deskundig zijn en de due diligence toetsen aan de OESO-richtsnoeren?",
            "help": "Ja: u vertrouwt op programma's waarvan de afstemming op de OESO-richtsnoeren is beoordeeld en waarvan de auditors onafhankelijk zijn van de geaudite bedrijven.",
            "next_step": "Zoek uit hoe de auditprogramma's waarop u vertrouwt hun auditors kiezen en waaraan zij toetsen, bijvoorbeeld via beoordelingen van hun afstemming op de OESO-richtsnoeren."
        }
    },
    "Do you publish a report on your supply-chain due diligence at least once a year?": {
        "es": {
            "text": "¿Publica al menos una vez al año un informe sobre su debida diligencia en la cadena de suministro?",
            "help": "Sí: un informe sobre su debida diligencia es de libre acceso, por ejemplo en su sitio web, y se actualiza cada año.",
            "next_step": "Publique cada año en su sitio web un breve informe sobre su debida diligencia; un primer informe de una o dos páginas es un buen comienzo."
        },
        "pt": {
            "text": "Publica, pelo menos uma vez por ano, um relatório sobre a sua diligência devida na cadeia de abastecimento?",
            "help": "Sim: um relatório sobre a sua diligência devida é de livre acesso, por exemplo no seu site, e é atualizado todos os anos.",
            "next_step": "Publique todos os anos no seu site um relatório curto sobre a sua diligência devida; um primeiro relatório de uma ou duas páginas é um bom começo."
        },
        "de": {
            "text": "Veröffentlichen Sie mindestens einmal jährlich einen Bericht über die Erfüllung Ihrer Sorgfaltspflichten in der Lieferkette?",
            "help": "Ja: Ein Bericht über die Erfüllung Ihrer Sorgfaltspflichten ist frei zugänglich, zum Beispiel auf Ihrer Website, und wird jedes Jahr aktualisiert.",
            "next_step": "Veröffentlichen Sie jährlich einen kurzen Bericht über die Erfüllung Ihrer Sorgfaltspflichten auf Ihrer Website; ein erster Bericht von ein oder zwei Seiten ist ein guter Anfang."
        },
        "nl": {
            "text": "Publiceert u ten minste eenmaal per jaar een rapport over uw due diligence in de toeleveringsketen?",
            "help": "Ja: een rapport over uw due diligence is vrij beschikbaar, bijvoorbeeld op uw website, en wordt elk jaar bijgewerkt.",
            "next_step": "Publiceer elk jaar een kort rapport over uw due diligence op uw website; een eerste rapport van een of twee pagina's is een goed begin."
        }
    },
    "Does your report describe your supply-chain policy and your management system, including who is responsible for due diligence?": {
        "es": {
            "text": "¿Describe su informe su política de la cadena de suministro y su sistema de gestión, incluido quién es responsable de la debida diligencia?",
            "help": "Sí: el informe incluye la política o remite a ella, y explica la estructura de gestión, el sistema de trazabilidad y el mecanismo de quejas.",
            "next_step": "Añada a su informe su política de la cadena de suministro y quién es responsable de la debida diligencia en su empresa."
        },
        "pt": {
            "text": "O seu relatório descreve a sua política para a cadeia de abastecimento e o seu sistema de gestão, incluindo quem é responsável pela diligência devida?",
            "help": "Sim: o relatório inclui a política ou remete para ela, e explica a estrutura de gestão, o sistema de rastreabilidade e o mecanismo de reclamação.",
            "next_step": "Acrescente ao seu relatório a sua política para a cadeia de abastecimento e quem é responsável pela diligência devida na sua empresa."
        },
        "de": {
            "text": "Beschreibt Ihr Bericht Ihre Lieferkettenpolitik und Ihr Managementsystem, einschließlich der Frage, wer für die Sorgfaltspflichten verantwortlich ist?",
            "help": "Ja: Der Bericht enthält die Politik oder verweist darauf und erläutert die Managementstruktur, das Rückverfolgbarkeitssystem und den Beschwerdemechanismus.",
            "next_step": "Nehmen Sie Ihre Lieferkettenpolitik in Ihren Bericht auf und geben Sie an, wer in Ihrem Unternehmen für die Sorgfaltspflichten verantwortlich ist."
        },
        "nl": {
            "text": "Beschrijft uw rapport uw beleid voor de toeleveringsketen en uw managementsysteem, inclusief wie verantwoordelijk is voor due diligence?",
            "help": "Ja: het rapport bevat het beleid of verwijst ernaar, en licht de managementstructuur, het traceerbaarheidssysteem en het klachtenmechanisme toe.",
            "next_step": "Neem in uw rapport uw beleid voor de toeleveringsketen op en vermeld wie in uw bedrijf verantwoordelijk is voor due diligence."
        }
    },
    "Does your report explain how you identified and assessed risks in your supply chain, and which risks you found?": {
        "es": {
            "text": "¿Explica su informe cómo identificó y evaluó los riesgos de su cadena de suministro, y qué riesgos encontró?",
            "help": "Sí: el informe describe el mapeo de la cadena de suministro, las señales de alerta detectadas y el método de evaluación de riesgos.",
            "next_step": "Añada a su informe cómo identificó y evaluó los riesgos, y qué riesgos encontró."
        },
        "pt": {
            "text": "O seu relatório explica como identificou e avaliou os riscos da sua cadeia de abastecimento, e que riscos encontrou?",
            "help": "Sim: o relatório descreve o mapeamento da cadeia de abastecimento, os sinais de alerta encontrados e o método de avaliação de riscos.",
            "next_step": "Acrescente ao seu relatório como identificou e avaliou os riscos, e que riscos encontrou."
        },
        "de": {
            "text": "Erläutert Ihr Bericht, wie Sie Risiken in Ihrer Lieferkette ermittelt und bewertet haben und welche Risiken Sie festgestellt haben?",
            "help": "Ja: Der Bericht beschreibt die Abbildung der Lieferkette, die festgestellten Warnsignale und die Methode der Risikobewertung.",
            "next_step": "Ergänzen Sie Ihren Bericht darum, wie Sie Risiken ermittelt und bewertet haben und welche Risiken Sie festgestellt haben."
        },
        "nl": {
            "text": "Legt uw rapport uit hoe u de risico's in uw toeleveringsketen heeft geïdentificeerd en beoordeeld, en welke risico's u heeft gevonden?",
            "help": "Ja: het rapport beschrijft hoe de toeleveringsketen in kaart is gebracht, welke waarschuwingssignalen zijn gevonden en welke methode voor de risicobeoordeling is gebruikt.",
            "next_step": "Vermeld in uw rapport hoe u risico's heeft geïdentificeerd en beoordeeld, en welke risico's u heeft gevonden."
        }
    },
    "Does your report describe the steps you took to manage the risks you found, and their results?": {
        "es": {
            "text": "¿Describe su informe las medidas que adoptó para gestionar los riesgos encontrados, y sus resultados?",
            "help": "Sí: el informe expone las medidas de mitigación, cualquier suspensión o desvinculación, y los avances logrados desde el informe anterior.",
            "next_step": "Añada a su informe lo que hizo ante cada riesgo encontrado, y con qué resultado."
        },
        "pt": {
            "text": "O seu relatório descreve as medidas que tomou para gerir os riscos encontrados, e os seus resultados?",
            "help": "Sim: o relatório apresenta as medidas de mitigação, eventuais suspensões ou desvinculações, e os progressos alcançados desde o relatório anterior.",
            "next_step": "Acrescente ao seu relatório o que fez em relação a cada risco encontrado, e com que resultado."
        },
        "de": {
            "text": "Beschreibt Ihr Bericht die Maßnahmen, die Sie zum Umgang mit den festgestellten Risiken ergriffen haben, und deren Ergebnisse?",
            "help": "Ja: Der Bericht legt die Maßnahmen zur Risikominderung, etwaige Aussetzungen oder Rückzüge sowie die Fortschritte seit dem vorherigen Bericht dar.",
            "next_step": "Ergänzen Sie Ihren Bericht darum, was Sie bei jedem festgestellten Risiko unternommen haben und mit welchem Ergebnis."
        },
        "nl": {
            "text": "Beschrijft uw rapport de stappen die u heeft gezet om de gevonden risico's te beheersen, en de resultaten daarvan?",
            "help": "Ja: het rapport beschrijft de beperkende maatregelen, eventuele opschortingen of beëindigingen, en de voortgang sinds het vorige rapport.",
            "next_step": "Vermeld in uw rapport wat u met elk gevonden risico heeft gedaan, en met welk resultaat."
        }
    },
    "Does your report include your audit report or its summary, or list the smelters and refiners you source from with their audit status?": {
        "es": {
            "text": "¿Incluye su informe el informe de auditoría o su resumen, o enumera las fundiciones y refinerías de las que se abastece, con su situación de auditoría?",
            "help": "Sí: las fundiciones y refinerías publican el resumen de su auditoría; las empresas aguas abajo publican las fundiciones y refinerías identificadas e indican si están auditadas.",
            "next_step": "Añada a su informe las fundiciones y refinerías de las que se abastece, con su situación de auditoría, o un resumen de su propia auditoría."
        },
        "pt": {
            "text": "O seu relatório inclui o seu relatório de auditoria ou um resumo deste, ou enumera as fundições e refinarias junto das quais se abastece, com a situação de auditoria de cada uma?",
            "help": "Sim: as fundições e refinarias publicam o resumo da sua auditoria; as empresas a jusante publicam as fundições e refinarias identificadas e indicam se foram auditadas.",
            "next_step": "Acrescente ao seu relatório as fundições e refinarias junto das quais se abastece, com a situação de auditoria de cada uma, ou um resumo da sua própria auditoria."
        },
        "de": {
            "text": "Enthält Ihr Bericht Ihren Auditbericht oder dessen Zusammenfassung, oder führt er die Hütten und Raffinerien, von denen Sie beziehen, mit ihrem Auditstatus auf?",
            "help": "Ja: Hütten und Raffinerien veröffentlichen die Zusammenfassung ihres Audits; nachgelagerte Unternehmen veröffentlichen die ermittelten Hütten und Raffinerien und geben an, ob sie auditiert sind.",
            "next_step": "Nehmen Sie die Hütten und Raffinerien, von denen Sie beziehen, mit ihrem Auditstatus in Ihren Bericht auf, oder eine Zusammenfassung Ihres eigenen Audits."
        },
        "nl": {
            "text": "Bevat uw rapport uw auditrapport of de samenvatting daarvan, of vermeldt het de smelterijen en raffinaderijen waar u inkoopt, met hun auditstatus?",
            "help": "Ja: smelterijen en raffinaderijen publiceren de samenvatting van hun audit; stroomafwaartse bedrijven publiceren de geïdentificeerde smelterijen en raffinaderijen en of ze geaudit zijn.",
            "next_step": "Vermeld in uw rapport de smelterijen en raffinaderijen waar u inkoopt, met hun auditstatus, of een samenvatting van uw eigen audit."
        }
    }
}

LANGUAGES = ["es", "pt", "de", "nl"]


def seed(apps, schema_editor):
    questions = apps.get_model("members", "CheckQuestion").objects.using(
        schema_editor.connection.alias
    )
    for question in questions.filter(text__in=TRANSLATIONS):
        question.translations = {**(question.translations or {}), **TRANSLATIONS[question.text]}
        question.save(update_fields=["translations"])


def unseed(apps, schema_editor):
    questions = apps.get_model("members", "CheckQuestion").objects.using(
        schema_editor.connection.alias
    )
    for question in questions.all():
        kept = {k: v for k, v in (question.translations or {}).items() if k not in LANGUAGES}
        question.translations = kept
        question.save(update_fields=["translations"])


class Migration(migrations.Migration):
    dependencies = [("members", "0008_languages")]

    operations = [migrations.RunPython(seed, unseed)]
