"""Seed the thesaurus's Spanish and Portuguese terms (from the Spanish and Portuguese editions of
the OECD minerals Guidance, Regulation (EU) 2017/821 and other EU acts, and ILO and UN texts)."""

from django.db import migrations

# concept key -> {"es": [...], "pt": [...]}; Portuguese gives the European and the Brazilian
# spelling where they differ (tungsténio, tungstênio). Skipped: a name or word the same as in
# English (Burundi, Chile, mica, formal), and proper names never translated (SAEMAPE, IPIS).
TERMS = {
    "due-diligence": {
        "es": [
            "debida diligencia",
            "diligencia debida",
            "debida diligencia en la cadena de suministro",
        ],
        "pt": ["devida diligência", "dever de diligência", "diligência devida"],
    },
    "human-rights-due-diligence": {
        "es": [
            "debida diligencia en materia de derechos humanos",
            "diligencia debida en derechos humanos",
        ],
        "pt": [
            "devida diligência em direitos humanos",
            "dever de diligência em matéria de direitos humanos",
        ],
    },
    "oecd-ddg": {
        "es": [
            "Guía de Debida Diligencia de la OCDE",
            "Guía de la OCDE sobre minerales",
            "Guía de la OCDE para Cadenas de Suministro Responsables de Minerales",
        ],
        "pt": [
            "Guia de Devida Diligência da OCDE",
            "Guia da OCDE sobre minerais",
            "Guia da OCDE para Cadeias de Fornecimento Responsáveis de Minerais",
        ],
    },
    "gold-supplement": {
        "es": ["Suplemento sobre el oro", "Suplemento de la OCDE sobre el oro"],
        "pt": ["Suplemento sobre o ouro", "Suplemento da OCDE sobre o ouro"],
    },
    "3t-supplement": {
        "es": ["Suplemento sobre estaño, tantalio y tungsteno", "Suplemento 3T de la OCDE"],
        "pt": [
            "Suplemento sobre estanho, tântalo e tungstênio",
            "Suplemento sobre estanho, tântalo e tungsténio",
            "Suplemento 3T da OCDE",
        ],
    },
    "five-step-framework": {
        "es": [
            "marco de cinco pasos",
            "cinco pasos de la debida diligencia",
            "marco de cinco pasos de la OCDE",
        ],
        "pt": [
            "estrutura de cinco etapas",
            "quadro de cinco etapas",
            "cinco etapas da devida diligência",
        ],
    },
    "oecd-step-1": {
        "es": ["paso 1", "paso 1 de la OCDE", "establecer sistemas sólidos de gestión empresarial"],
        "pt": [
            "etapa 1",
            "etapa 1 da OCDE",
            "passo 1",
            "estabelecer sistemas sólidos de gestão empresarial",
        ],
    },
    "oecd-step-2": {
        "es": [
            "paso 2",
            "paso 2 de la OCDE",
            "identificar y evaluar los riesgos en la cadena de suministro",
        ],
        "pt": [
            "etapa 2",
            "etapa 2 da OCDE",
            "passo 2",
            "identificar e avaliar os riscos na cadeia de fornecimento",
        ],
    },
    "oecd-step-3": {
        "es": [
            "paso 3",
            "paso 3 de la OCDE",
            "estrategia de respuesta a los riesgos identificados",
        ],
        "pt": [
            "etapa 3",
            "etapa 3 da OCDE",
            "passo 3",
            "estratégia de resposta aos riscos identificados",
        ],
    },
    "oecd-step-4": {
        "es": ["paso 4", "paso 4 de la OCDE", "auditoría independiente realizada por terceros"],
        "pt": [
            "etapa 4",
            "etapa 4 da OCDE",
            "passo 4",
            "auditoria independente realizada por terceiros",
        ],
    },
    "oecd-step-5": {
        "es": [
            "paso 5",
            "paso 5 de la OCDE",
            "informar sobre la debida diligencia en la cadena de suministro",
        ],
        "pt": [
            "etapa 5",
            "etapa 5 da OCDE",
            "passo 5",
            "relatar a devida diligência na cadeia de fornecimento",
        ],
    },
    "management-system": {
        "es": [
            "sistema de gestión",
            "sistema de gestión empresarial",
            "sistema de gestión interno",
        ],
        "pt": ["sistema de gestão", "sistema de gestão empresarial", "sistema de gestão interno"],
    },
    "supply-chain-policy": {
        "es": [
            "política de la cadena de suministro",
            "política de abastecimiento",
            "política de abastecimiento responsable",
        ],
        "pt": [
            "política da cadeia de fornecimento",
            "política de aprovisionamento",
            "política de abastecimento responsável",
        ],
    },
    "annex-ii-model-policy": {
        "es": [
            "modelo de política del anexo II",
            "modelo de política para la cadena de suministro",
        ],
        "pt": [
            "modelo de política do anexo II",
            "modelo de política para a cadeia de fornecimento",
        ],
    },
    "traceability": {
        "es": [
            "trazabilidad",
            "trazabilidad de los minerales",
            "cadena de custodia",
            "sistema de trazabilidad",
        ],
        "pt": [
            "rastreabilidade",
            "rastreabilidade dos minerais",
            "cadeia de custódia",
            "sistema de rastreabilidade",
        ],
    },
    "supply-chain-mapping": {
        "es": ["mapeo de la cadena de suministro", "cartografía de la cadena de suministro"],
        "pt": ["mapeamento da cadeia de fornecimento", "mapeamento da cadeia de abastecimento"],
    },
    "risk-assessment": {
        "es": [
            "evaluación de riesgos",
            "identificación y evaluación de riesgos",
            "evaluación del riesgo",
        ],
        "pt": ["avaliação de riscos", "identificação e avaliação de riscos", "avaliação do risco"],
    },
    "red-flags": {
        "es": ["señales de alerta", "señal de alerta", "banderas rojas"],
        "pt": ["sinais de alerta", "sinal de alerta", "bandeiras vermelhas"],
    },
    "red-flag-locations": {
        "es": ["lugares de origen con señales de alerta", "ubicaciones con señales de alerta"],
        "pt": ["locais com sinais de alerta", "locais de origem de minerais com sinais de alerta"],
    },
    "on-the-ground-assessment": {
        "es": [
            "evaluación sobre el terreno",
            "equipo de evaluación sobre el terreno",
            "evaluación in situ",
        ],
        "pt": [
            "avaliação no terreno",
            "equipa de avaliação no terreno",
            "equipe de avaliação em campo",
            "avaliação em campo",
        ],
    },
    "risk-management-plan": {
        "es": ["plan de gestión de riesgos", "estrategia de gestión de riesgos"],
        "pt": [
            "plano de gestão de riscos",
            "plano de gerenciamento de riscos",
            "estratégia de gestão de riscos",
        ],
    },
    "risk-mitigation": {
        "es": [
            "mitigación de riesgos",
            "medidas de mitigación de riesgos",
            "atenuación de riesgos",
        ],
        "pt": ["mitigação de riscos", "medidas de mitigação de riscos", "atenuação dos riscos"],
    },
    "temporary-suspension": {
        "es": [
            "suspensión temporal del comercio",
            "suspensión temporal",
            "suspensión temporal de las relaciones comerciales",
        ],
        "pt": [
            "suspensão temporária do comércio",
            "suspensão temporária",
            "suspensão temporária das trocas comerciais",
        ],
    },
    "disengagement": {
        "es": [
            "desvinculación",
            "desvinculación de proveedores",
            "ruptura de la relación comercial",
        ],
        "pt": [
            "desvinculação",
            "desvinculação de fornecedores",
            "rescisão da relação com o fornecedor",
        ],
    },
    "third-party-audit": {
        "es": [
            "auditoría independiente de terceros",
            "auditoría de terceros",
            "auditoría independiente",
        ],
        "pt": [
            "auditoria independente de terceiros",
            "auditoria de terceiros",
            "auditoria independente",
        ],
    },
    "annual-report": {
        "es": [
            "informe anual de debida diligencia",
            "informe anual",
            "informe sobre la diligencia debida",
        ],
        "pt": [
            "relatório anual de devida diligência",
            "relatório anual",
            "relatório sobre o dever de diligência",
        ],
    },
    "grievance-mechanism": {
        "es": ["mecanismo de reclamación", "mecanismo de quejas", "mecanismo de denuncias"],
        "pt": ["mecanismo de reclamação", "mecanismo de queixas", "mecanismo de denúncias"],
    },
    "whistleblowing": {
        "es": [
            "denuncia de irregularidades",
            "denunciante",
            "canal de denuncias",
            "protección de denunciantes",
        ],
        "pt": [
            "denúncia de irregularidades",
            "denunciante",
            "canal de denúncias",
            "proteção de denunciantes",
        ],
    },
    "kyc": {
        "es": ["conozca a su cliente", "conocimiento del cliente", "conozca a su contraparte"],
        "pt": ["conheça o seu cliente", "conheça seu cliente", "conhecimento do cliente"],
    },
    "beneficial-ownership": {
        "es": ["titularidad real", "titular real", "beneficiario final", "beneficiario efectivo"],
        "pt": ["beneficiário efetivo", "beneficiário final", "propriedade efetiva"],
    },
    "pep": {
        "es": [
            "persona expuesta políticamente",
            "personas expuestas políticamente",
            "persona políticamente expuesta",
        ],
        "pt": [
            "pessoa politicamente exposta",
            "pessoas politicamente expostas",
            "pessoa exposta politicamente",
        ],
    },
    "risk-based-approach": {
        "es": ["enfoque basado en el riesgo", "enfoque basado en riesgos"],
        "pt": [
            "abordagem baseada no risco",
            "abordagem baseada em risco",
            "abordagem baseada em riscos",
        ],
    },
    "responsible-sourcing": {
        "es": [
            "abastecimiento responsable",
            "abastecimiento responsable de minerales",
            "aprovisionamiento responsable",
        ],
        "pt": [
            "abastecimento responsável",
            "aprovisionamento responsável",
            "fornecimento responsável de minerais",
        ],
    },
    "supply-chain": {
        "es": [
            "cadena de suministro",
            "cadena de suministro de minerales",
            "cadena de abastecimiento",
        ],
        "pt": [
            "cadeia de fornecimento",
            "cadeia de abastecimento",
            "cadeia de aprovisionamento",
            "cadeia de suprimentos",
        ],
    },
    "supply-chain-transparency": {
        "es": [
            "transparencia de la cadena de suministro",
            "transparencia en la cadena de suministro",
        ],
        "pt": [
            "transparência da cadeia de fornecimento",
            "transparência da cadeia de abastecimento",
        ],
    },
    "supplier-code-of-conduct": {
        "es": ["código de conducta para proveedores", "código de conducta de proveedores"],
        "pt": ["código de conduta para fornecedores", "código de conduta de fornecedores"],
    },
    "contract-clauses": {
        "es": ["cláusulas contractuales", "cláusulas contractuales con proveedores"],
        "pt": ["cláusulas contratuais", "cláusulas contratuais com fornecedores"],
    },
    "stakeholder-engagement": {
        "es": [
            "participación de las partes interesadas",
            "diálogo con las partes interesadas",
            "consulta a las partes interesadas",
        ],
        "pt": [
            "envolvimento das partes interessadas",
            "engajamento das partes interessadas",
            "consulta às partes interessadas",
        ],
    },
    "remediation": {
        "es": ["reparación", "acceso a mecanismos de reparación", "remediación"],
        "pt": ["reparação", "acesso a mecanismos de reparação", "remediação"],
    },
    "capacity-building": {
        "es": [
            "fortalecimiento de capacidades",
            "creación de capacidad",
            "desarrollo de capacidades",
        ],
        "pt": ["reforço de capacidades", "capacitação", "desenvolvimento de capacidades"],
    },
    "industry-scheme": {
        "es": [
            "iniciativa sectorial",
            "programa de la industria",
            "sistema de diligencia debida de la industria",
        ],
        "pt": [
            "iniciativa setorial",
            "programa da indústria",
            "regime de dever de diligência da indústria",
        ],
    },
    "recognised-scheme": {
        "es": [
            "sistema reconocido de diligencia debida",
            "iniciativa sectorial reconocida",
            "sistema reconocido por la UE",
        ],
        "pt": [
            "regime reconhecido de dever de diligência",
            "iniciativa setorial reconhecida",
            "regime reconhecido pela UE",
        ],
    },
    "alignment-assessment": {
        "es": [
            "evaluación de la alineación de la OCDE",
            "evaluación de alineación",
            "metodología de evaluación de la alineación",
        ],
        "pt": [
            "avaliação de alinhamento da OCDE",
            "avaliação de alinhamento",
            "metodologia de avaliação do alinhamento",
        ],
    },
    "conflict-free": {
        "es": ["libre de conflictos", "libre de conflicto", "abastecimiento libre de conflictos"],
        "pt": ["livre de conflitos", "isento de conflitos", "fornecimento livre de conflitos"],
    },
    "origin-of-minerals": {
        "es": ["origen de los minerales", "mina de origen", "origen del mineral"],
        "pt": ["origem dos minerais", "mina de origem", "origem do minério"],
    },
    "country-of-origin": {"es": ["país de origen"], "pt": ["país de origem"]},
    "transit-country": {"es": ["país de tránsito"], "pt": ["país de trânsito"]},
    "recycled-materials": {
        "es": [
            "materiales reciclados y chatarra",
            "metales reciclados",
            "materiales reciclados",
            "chatarra",
        ],
        "pt": [
            "materiais reciclados e sucata",
            "metais reciclados",
            "materiais reciclados",
            "sucata",
        ],
    },
    "upstream": {
        "es": [
            "aguas arriba",
            "cadena de suministro aguas arriba",
            "eslabones iniciales de la cadena",
        ],
        "pt": ["a montante", "cadeia de fornecimento a montante", "empresas a montante"],
    },
    "midstream": {
        "es": ["segmento intermedio", "eslabón intermedio de la cadena de suministro"],
        "pt": ["segmento intermediário", "segmento intermédio da cadeia de fornecimento"],
    },
    "downstream": {
        "es": ["aguas abajo", "cadena de suministro aguas abajo", "eslabones finales de la cadena"],
        "pt": ["a jusante", "cadeia de fornecimento a jusante", "empresas a jusante"],
    },
    "choke-point": {
        "es": ["punto de estrangulamiento", "cuello de botella"],
        "pt": ["ponto de estrangulamento", "gargalo"],
    },
    "smelter-or-refiner": {
        "es": ["fundidor o refinador", "fundición", "refinería", "fundiciones y refinerías"],
        "pt": ["fundição ou refinaria", "fundição", "refinaria", "fundições e refinarias"],
    },
    "conformant-smelter": {
        "es": [
            "fundición conforme",
            "fundiciones y refinerías conformes",
            "fundición conforme con el RMAP",
        ],
        "pt": [
            "fundição conforme",
            "fundições e refinarias em conformidade",
            "fundição conforme com o RMAP",
        ],
    },
    "importer": {"es": ["importador"], "pt": ["importador"]},
    "union-importer": {
        "es": ["importador de la Unión", "importador de la UE"],
        "pt": ["importador da União", "importador da UE"],
    },
    "exporter": {
        "es": ["exportador", "exportador de minerales"],
        "pt": ["exportador", "exportador de minerais", "exportador de minérios"],
    },
    "comptoir": {
        "es": ["casa de exportación de minerales", "comprador-exportador autorizado"],
        "pt": ["casa de exportação de minerais", "entreposto de compra de minerais"],
    },
    "trader": {
        "es": ["comerciante", "comerciante de minerales", "negociante", "intermediario"],
        "pt": ["comerciante", "comerciante de minerais", "negociante", "intermediário"],
    },
    "processing-entity": {
        "es": [
            "entidad de procesamiento",
            "entidad de procesamiento de minerales",
            "entidad de tratamiento",
        ],
        "pt": [
            "entidade de processamento",
            "entidade de processamento de minerais",
            "entidade de tratamento",
        ],
    },
    "mine-site": {
        "es": ["sitio minero", "emplazamiento minero", "yacimiento", "mina"],
        "pt": ["local de mineração", "sítio mineiro", "local de extração", "mina"],
    },
    "artisanal-miner": {
        "es": ["minero artesanal", "mineros artesanales", "minero en pequeña escala", "pirquinero"],
        "pt": ["mineiro artesanal", "mineiros artesanais", "minerador artesanal", "garimpeiro"],
    },
    "artisanal-gold-miner": {
        "es": ["minero artesanal de oro", "mineros artesanales de oro", "barequero"],
        "pt": ["garimpeiro", "garimpeiros", "garimpeiro de ouro", "mineiro artesanal de ouro"],
    },
    "mining-cooperative": {
        "es": ["cooperativa minera", "cooperativa de mineros artesanales"],
        "pt": ["cooperativa mineira", "cooperativa de mineração", "cooperativa garimpeira"],
    },
    "manufacturer": {
        "es": ["fabricante", "fabricante de productos"],
        "pt": ["fabricante", "fabricante de produtos"],
    },
    "component-manufacturer": {
        "es": ["fabricante de componentes", "fabricante de piezas"],
        "pt": ["fabricante de componentes", "fabricante de peças"],
    },
    "oem": {
        "es": ["fabricante de equipos originales", "fabricante de equipo original"],
        "pt": ["fabricante de equipamento original", "fabricante de equipamentos originais"],
    },
    "retailer": {
        "es": ["minorista", "comerciante minorista", "empresa minorista"],
        "pt": ["retalhista", "varejista", "empresa de retalho"],
    },
    "supplier": {"es": ["proveedor", "proveedores"], "pt": ["fornecedor", "fornecedores"]},
    "direct-supplier": {
        "es": ["proveedor directo", "proveedor de primer nivel", "proveedor inmediato"],
        "pt": ["fornecedor direto", "fornecedor de primeiro nível", "fornecedor imediato"],
    },
    "indirect-supplier": {
        "es": ["proveedor indirecto", "subproveedor", "proveedor de nivel inferior"],
        "pt": ["fornecedor indireto", "subfornecedor", "fornecedor de nível inferior"],
    },
    "sme": {
        "es": ["pequeñas y medianas empresas", "pymes", "PYME"],
        "pt": ["pequenas e médias empresas", "PME", "PMEs"],
    },
    "mne": {
        "es": ["empresa multinacional", "empresas multinacionales", "corporación multinacional"],
        "pt": ["empresa multinacional", "empresas multinacionais", "multinacional"],
    },
    "civil-society": {
        "es": ["sociedad civil", "organización de la sociedad civil", "OSC"],
        "pt": ["sociedade civil", "organização da sociedade civil", "OSC"],
    },
    "ngo": {
        "es": ["organización no gubernamental", "ONG"],
        "pt": ["organização não governamental", "ONG"],
    },
    "affected-communities": {
        "es": ["comunidades afectadas", "comunidades locales", "comunidades mineras"],
        "pt": ["comunidades afetadas", "comunidades locais", "comunidades mineiras"],
    },
    "asm": {
        "es": [
            "minería artesanal y en pequeña escala",
            "minería artesanal y de pequeña escala",
            "minería artesanal",
            "minería a pequeña escala",
            "MAPE",
        ],
        "pt": ["mineração artesanal e de pequena escala", "mineração artesanal", "garimpo", "MAPE"],
    },
    "asgm": {
        "es": [
            "minería aurífera artesanal y en pequeña escala",
            "minería artesanal de oro",
            "extracción de oro artesanal y en pequeña escala",
            "MAPE de oro",
        ],
        "pt": [
            "mineração artesanal e de pequena escala de ouro",
            "garimpo de ouro",
            "mineração artesanal de ouro",
            "MAPE de ouro",
        ],
    },
    "lsm": {
        "es": ["minería a gran escala", "minería industrial", "gran minería"],
        "pt": ["mineração em grande escala", "mineração industrial", "mineração de grande escala"],
    },
    "formalisation": {
        "es": [
            "formalización",
            "formalización de la minería artesanal",
            "formalización de la MAPE",
        ],
        "pt": ["formalização", "formalização da mineração artesanal", "formalização do garimpo"],
    },
    "artisanal-mining-zone": {
        "es": ["zona de explotación artesanal", "zona de minería artesanal"],
        "pt": ["zona de exploração artesanal", "zona de mineração artesanal", "reserva garimpeira"],
    },
    "mine-site-validation": {
        "es": ["validación de sitios mineros", "cualificación y validación de sitios mineros"],
        "pt": [
            "validação de locais de mineração",
            "qualificação e validação de locais de mineração",
        ],
    },
    "bagging-and-tagging": {
        "es": ["embolsado y etiquetado", "etiquetado de minerales", "sistema de etiquetado"],
        "pt": ["ensacamento e etiquetagem", "etiquetagem de minerais", "sistema de etiquetagem"],
    },
    "mining-code": {
        "es": ["código minero", "código de minería", "ley minera"],
        "pt": ["código mineiro", "código de mineração", "lei de minas"],
    },
    "mining-licence": {
        "es": ["licencia minera", "permiso minero", "título minero", "concesión minera"],
        "pt": [
            "licença de mineração",
            "título mineiro",
            "concessão de lavra",
            "alvará de pesquisa",
        ],
    },
    "illegal-mining": {
        "es": ["minería ilegal", "minería ilícita", "extracción ilegal"],
        "pt": ["mineração ilegal", "garimpo ilegal", "mineração ilícita"],
    },
    "mineral-smuggling": {
        "es": ["contrabando de minerales", "contrabando"],
        "pt": ["contrabando de minerais", "contrabando", "descaminho"],
    },
    "cahra": {
        "es": [
            "zonas de conflicto o de alto riesgo",
            "áreas de conflicto o de alto riesgo",
            "áreas afectadas por conflictos y de alto riesgo",
            "zonas de alto riesgo",
        ],
        "pt": [
            "zonas de conflito e de alto risco",
            "áreas afetadas por conflitos e de alto risco",
            "zonas de alto risco",
        ],
    },
    "cahra-list": {
        "es": [
            "lista indicativa de zonas de conflicto o de alto riesgo",
            "lista indicativa de la UE",
        ],
        "pt": ["lista indicativa de zonas de conflito e de alto risco", "lista indicativa da UE"],
    },
    "annex-ii-risks": {
        "es": ["riesgos del anexo II", "riesgos enumerados en el anexo II"],
        "pt": ["riscos do anexo II", "riscos enumerados no anexo II"],
    },
    "serious-abuses": {
        "es": [
            "abusos graves",
            "abusos graves asociados a la extracción",
            "violaciones graves de los derechos humanos",
        ],
        "pt": [
            "abusos graves",
            "abusos graves associados à extração",
            "violações graves dos direitos humanos",
        ],
    },
    "human-rights": {"es": ["derechos humanos"], "pt": ["direitos humanos"]},
    "human-rights-risks": {
        "es": [
            "riesgos para los derechos humanos",
            "violaciones de los derechos humanos",
            "impactos negativos sobre los derechos humanos",
        ],
        "pt": [
            "riscos para os direitos humanos",
            "violações dos direitos humanos",
            "impactos negativos nos direitos humanos",
        ],
    },
    "child-labour": {
        "es": ["trabajo infantil", "trabajo de menores"],
        "pt": ["trabalho infantil", "trabalho de crianças"],
    },
    "worst-forms-child-labour": {
        "es": ["peores formas de trabajo infantil"],
        "pt": ["piores formas de trabalho infantil"],
    },
    "forced-labour": {
        "es": ["trabajo forzoso", "trabajo forzoso u obligatorio", "trabajo forzado"],
        "pt": [
            "trabalho forçado",
            "trabalho forçado ou obrigatório",
            "trabalho análogo ao de escravo",
        ],
    },
    "debt-bondage": {
        "es": ["servidumbre por deudas", "trabajo en régimen de servidumbre"],
        "pt": ["servidão por dívidas", "escravidão por dívida", "servidão por dívida"],
    },
    "modern-slavery": {
        "es": ["esclavitud moderna", "formas contemporáneas de esclavitud"],
        "pt": ["escravidão moderna", "escravatura moderna", "escravidão contemporânea"],
    },
    "human-trafficking": {
        "es": ["trata de personas", "trata de seres humanos"],
        "pt": ["tráfico de pessoas", "tráfico de seres humanos"],
    },
    "torture": {
        "es": [
            "tortura",
            "tratos crueles, inhumanos o degradantes",
            "tratos crueles, inhumanos y degradantes",
        ],
        "pt": [
            "tortura",
            "tratamentos cruéis, desumanos ou degradantes",
            "tratamentos cruéis, desumanos e degradantes",
        ],
    },
    "sexual-violence": {
        "es": ["violencia sexual", "violencia sexual generalizada"],
        "pt": ["violência sexual", "violência sexual generalizada"],
    },
    "war-crimes": {
        "es": ["crímenes de guerra", "violaciones graves del derecho internacional humanitario"],
        "pt": ["crimes de guerra", "violações graves do direito internacional humanitário"],
    },
    "crimes-against-humanity": {
        "es": ["crímenes de lesa humanidad", "crímenes contra la humanidad"],
        "pt": ["crimes contra a humanidade", "crimes de lesa-humanidade"],
    },
    "armed-conflict": {
        "es": ["conflicto armado", "conflictos armados"],
        "pt": ["conflito armado", "conflitos armados"],
    },
    "non-state-armed-groups": {
        "es": ["grupos armados no estatales", "grupo armado no estatal", "grupos armados"],
        "pt": ["grupos armados não estatais", "grupo armado não estatal", "grupos armados"],
    },
    "support-to-armed-groups": {
        "es": [
            "apoyo a grupos armados no estatales",
            "apoyo a grupos armados",
            "financiación de grupos armados",
        ],
        "pt": [
            "apoio a grupos armados não estatais",
            "apoio a grupos armados",
            "financiamento de grupos armados",
        ],
    },
    "security-forces": {
        "es": [
            "fuerzas de seguridad públicas o privadas",
            "fuerzas de seguridad",
            "seguridad privada",
        ],
        "pt": [
            "forças de segurança públicas ou privadas",
            "forças de segurança",
            "segurança privada",
        ],
    },
    "voluntary-principles": {
        "es": ["Principios Voluntarios", "Principios Voluntarios de Seguridad y Derechos Humanos"],
        "pt": [
            "Princípios Voluntários",
            "Princípios Voluntários sobre Segurança e Direitos Humanos",
        ],
    },
    "bribery-corruption": {
        "es": ["soborno y corrupción", "soborno", "corrupción", "cohecho"],
        "pt": ["suborno e corrupção", "suborno", "corrupção", "propina"],
    },
    "facilitation-payments": {
        "es": ["pagos de facilitación", "pagos de agilización"],
        "pt": ["pagamentos de facilitação", "pagamento de facilitação"],
    },
    "fraudulent-misrepresentation": {
        "es": [
            "declaración fraudulenta del origen",
            "falsificación del origen de los minerales",
            "tergiversación fraudulenta del origen",
        ],
        "pt": [
            "declaração fraudulenta da origem",
            "falsa declaração de origem",
            "falsificação da origem dos minerais",
        ],
    },
    "money-laundering": {
        "es": ["blanqueo de capitales", "lavado de dinero", "lavado de activos"],
        "pt": ["branqueamento de capitais", "lavagem de dinheiro", "lavagem de capitais"],
    },
    "anti-money-laundering": {
        "es": [
            "prevención del blanqueo de capitales",
            "lucha contra el blanqueo de capitales",
            "antilavado de dinero",
            "PBC/FT",
        ],
        "pt": [
            "combate ao branqueamento de capitais",
            "prevenção da lavagem de dinheiro",
            "PLD/FT",
            "BC/FT",
        ],
    },
    "terrorist-financing": {
        "es": ["financiación del terrorismo", "financiamiento del terrorismo"],
        "pt": ["financiamento do terrorismo"],
    },
    "fatf": {
        "es": ["Grupo de Acción Financiera Internacional", "GAFI"],
        "pt": ["Grupo de Ação Financeira", "Grupo de Ação Financeira Internacional", "GAFI"],
    },
    "taxes-fees-royalties": {
        "es": ["impuestos, tasas y regalías", "regalías", "pagos a los gobiernos"],
        "pt": ["impostos, taxas e royalties", "royalties", "pagamentos aos governos"],
    },
    "eiti": {
        "es": ["Iniciativa para la Transparencia de las Industrias Extractivas", "Estándar EITI"],
        "pt": [
            "Iniciativa para a Transparência nas Indústrias Extrativas",
            "Iniciativa de Transparência na Indústria Extrativa",
            "ITIE",
            "Norma ITIE",
        ],
    },
    "environmental-harm": {
        "es": [
            "daños ambientales",
            "daño ambiental",
            "degradación ambiental",
            "impactos ambientales",
        ],
        "pt": ["danos ambientais", "dano ambiental", "degradação ambiental", "impactos ambientais"],
    },
    "mercury": {"es": ["mercurio", "uso de mercurio"], "pt": ["mercúrio", "uso de mercúrio"]},
    "minamata-convention": {
        "es": ["Convenio de Minamata sobre el Mercurio", "Convenio de Minamata"],
        "pt": ["Convenção de Minamata sobre Mercúrio", "Convenção de Minamata"],
    },
    "tailings": {
        "es": ["relaves", "relaves mineros", "residuos mineros"],
        "pt": ["rejeitos", "rejeitos de mineração", "resíduos mineiros", "barragem de rejeitos"],
    },
    "ohs": {
        "es": ["seguridad y salud en el trabajo", "salud y seguridad ocupacional", "SST"],
        "pt": ["segurança e saúde no trabalho", "saúde e segurança ocupacional", "SST"],
    },
    "gender-equality": {
        "es": ["igualdad de género", "género", "igualdad entre hombres y mujeres"],
        "pt": ["igualdade de género", "igualdade de gênero", "género", "gênero"],
    },
    "women-in-mining": {
        "es": ["mujeres en la minería", "mujeres mineras", "mujeres en la minería artesanal"],
        "pt": ["mulheres na mineração", "mulheres mineiras", "mulheres garimpeiras"],
    },
    "indigenous-peoples": {
        "es": ["pueblos indígenas", "comunidades indígenas", "pueblos originarios"],
        "pt": ["povos indígenas", "comunidades indígenas", "povos originários"],
    },
    "fpic": {
        "es": ["consentimiento libre, previo e informado", "CLPI"],
        "pt": ["consentimento livre, prévio e informado", "CLPI"],
    },
    "land-rights": {
        "es": [
            "derechos sobre la tierra",
            "derechos de tenencia de la tierra",
            "derechos territoriales",
        ],
        "pt": ["direitos fundiários", "direitos à terra", "direitos de posse da terra"],
    },
    "resettlement": {
        "es": ["reasentamiento involuntario", "reasentamiento", "reubicación"],
        "pt": ["reassentamento involuntário", "reassentamento", "realojamento"],
    },
    "freedom-of-association": {
        "es": ["libertad de asociación", "libertad sindical"],
        "pt": ["liberdade de associação", "liberdade sindical"],
    },
    "esg": {
        "es": ["ambiental, social y de gobernanza", "criterios ASG", "ASG"],
        "pt": [
            "ambiental, social e de governança",
            "ambiental, social e governança",
            "ambiental, social e de governação",
            "ASG",
        ],
    },
    "hria": {
        "es": [
            "evaluación de impacto en los derechos humanos",
            "evaluación del impacto sobre los derechos humanos",
            "EIDH",
        ],
        "pt": [
            "avaliação de impacto nos direitos humanos",
            "avaliação de impacto sobre os direitos humanos",
            "AIDH",
        ],
    },
    "esia": {
        "es": [
            "evaluación de impacto ambiental y social",
            "estudio de impacto ambiental y social",
            "EIAS",
        ],
        "pt": [
            "avaliação de impacto ambiental e social",
            "estudo de impacto ambiental e social",
            "AIAS",
        ],
    },
    "3tg": {
        "es": [
            "estaño, tantalio, wolframio y oro",
            "estaño, tántalo, tungsteno y oro",
            "minerales de conflicto",
        ],
        "pt": [
            "estanho, tântalo, tungsténio e ouro",
            "estanho, tântalo, tungstênio e ouro",
            "minerais de conflito",
        ],
    },
    "3t": {
        "es": ["estaño, tantalio y wolframio", "estaño, tántalo y tungsteno"],
        "pt": ["estanho, tântalo e tungsténio", "estanho, tântalo e tungstênio"],
    },
    "tin": {"es": ["estaño"], "pt": ["estanho"]},
    "cassiterite": {
        "es": ["casiterita", "mineral de estaño"],
        "pt": ["cassiterita", "minério de estanho"],
    },
    "tantalum": {"es": ["tántalo", "tantalio"], "pt": ["tântalo"]},
    "coltan": {
        "es": ["coltán", "columbita-tantalita"],
        "pt": ["columbita-tantalita", "columbo-tantalita"],
    },
    "tungsten": {
        "es": ["wolframio", "tungsteno", "volframio"],
        "pt": ["tungsténio", "tungstênio", "volfrâmio"],
    },
    "wolframite": {
        "es": ["wolframita", "volframita"],
        "pt": ["volframite", "wolframita", "volframita"],
    },
    "gold": {"es": ["oro"], "pt": ["ouro"]},
    "cobalt": {"es": ["cobalto"], "pt": ["cobalto"]},
    "lithium": {"es": ["litio"], "pt": ["lítio"]},
    "spodumene": {"es": ["espodumena"], "pt": ["espodumena", "espodumênio"]},
    "lithium-brine": {
        "es": ["salmuera de litio", "salmueras de litio", "salares"],
        "pt": ["salmoura de lítio", "salmouras de lítio", "salares"],
    },
    "graphite": {"es": ["grafito"], "pt": ["grafite"]},
    "natural-graphite": {
        "es": ["grafito natural", "grafito de mina"],
        "pt": ["grafite natural", "grafite extraída"],
    },
    "synthetic-graphite": {
        "es": ["grafito sintético", "grafito artificial"],
        "pt": ["grafite sintética", "grafite artificial", "grafite sintético"],
    },
    "copper": {"es": ["cobre"], "pt": ["cobre"]},
    "nickel": {"es": ["níquel"], "pt": ["níquel"]},
    "manganese": {"es": ["manganeso"], "pt": ["manganês"]},
    "rare-earths": {
        "es": ["tierras raras", "elementos de tierras raras", "ETR"],
        "pt": ["terras raras", "elementos de terras raras", "ETR"],
    },
    "diamonds": {
        "es": ["diamantes", "diamantes en bruto"],
        "pt": ["diamantes", "diamantes brutos", "diamantes em bruto"],
    },
    "ore": {"es": ["mena", "mineral metalífero"], "pt": ["minério", "minérios"]},
    "battery-minerals": {
        "es": ["minerales para baterías", "materias primas para baterías", "metales para baterías"],
        "pt": ["minerais para baterias", "matérias-primas para baterias", "metais para baterias"],
    },
    "critical-raw-materials": {
        "es": ["materias primas fundamentales", "materias primas críticas", "minerales críticos"],
        "pt": ["matérias-primas críticas", "minerais críticos"],
    },
    "transition-minerals": {
        "es": [
            "minerales para la transición energética",
            "minerales de la transición energética",
            "minerales de transición",
        ],
        "pt": [
            "minerais para a transição energética",
            "minerais da transição energética",
            "minerais de transição",
        ],
    },
    "eu-cmr": {
        "es": [
            "Reglamento (UE) 2017/821",
            "Reglamento de la UE sobre minerales de conflicto",
            "Reglamento sobre minerales de conflicto",
        ],
        "pt": [
            "Regulamento (UE) 2017/821",
            "Regulamento da UE sobre minerais de conflito",
            "Regulamento relativo aos minerais de conflito",
        ],
    },
    "competent-authority": {
        "es": [
            "autoridad competente",
            "autoridad competente del Estado miembro",
            "autoridad nacional competente",
        ],
        "pt": [
            "autoridade competente",
            "autoridade competente do Estado-Membro",
            "autoridade nacional competente",
        ],
    },
    "ex-post-checks": {
        "es": ["controles a posteriori", "controles ex post"],
        "pt": ["controlos ex post", "controlos a posteriori", "controles a posteriori"],
    },
    "volume-thresholds": {
        "es": ["umbrales de volumen", "umbrales de volumen de importación"],
        "pt": ["limiares de volume", "limiares de volume de importação", "limites de volume"],
    },
    "cn-codes": {
        "es": ["códigos NC", "nomenclatura combinada"],
        "pt": ["códigos NC", "nomenclatura combinada"],
    },
    "responsible-smelters-list": {
        "es": [
            "lista de fundiciones y refinerías responsables",
            "lista mundial de fundiciones y refinerías responsables",
        ],
        "pt": [
            "lista de fundições e refinarias responsáveis",
            "lista mundial de fundições e refinarias responsáveis",
        ],
    },
    "batteries-regulation": {
        "es": [
            "Reglamento (UE) 2023/1542",
            "Reglamento de baterías de la UE",
            "Reglamento relativo a las pilas y baterías",
        ],
        "pt": [
            "Regulamento (UE) 2023/1542",
            "Regulamento Baterias da UE",
            "Regulamento relativo às baterias",
        ],
    },
    "battery-passport": {
        "es": ["pasaporte de baterías", "pasaporte digital de baterías", "pasaporte de la batería"],
        "pt": ["passaporte de baterias", "passaporte digital de baterias", "passaporte da bateria"],
    },
    "gba-battery-passport": {
        "es": [
            "Pasaporte de Baterías de la GBA",
            "Pasaporte de Baterías de la Alianza Global de Baterías",
        ],
        "pt": [
            "Passaporte de Baterias da GBA",
            "Passaporte de Baterias da Aliança Global de Baterias",
        ],
    },
    "gba": {
        "es": ["Alianza Global de Baterías", "Alianza Mundial de Baterías"],
        "pt": ["Aliança Global de Baterias"],
    },
    "crma": {
        "es": [
            "Reglamento de Materias Primas Fundamentales",
            "Reglamento Europeo de Materias Primas Críticas",
            "Ley de Materias Primas Críticas",
            "Reglamento (UE) 2024/1252",
        ],
        "pt": [
            "Regulamento Matérias-Primas Críticas",
            "Lei das Matérias-Primas Críticas",
            "Regulamento (UE) 2024/1252",
        ],
    },
    "duty-of-vigilance": {
        "es": ["deber de vigilancia", "deber de vigilancia de las empresas"],
        "pt": ["dever de vigilância", "dever de vigilância das empresas"],
    },
    "french-vigilance-law": {
        "es": [
            "ley francesa sobre el deber de vigilancia",
            "ley del deber de vigilancia",
            "Ley n.º 2017-399",
        ],
        "pt": [
            "lei francesa do dever de vigilância",
            "lei do dever de vigilância",
            "Lei n.º 2017-399",
        ],
    },
    "vigilance-plan": {"es": ["plan de vigilancia"], "pt": ["plano de vigilância"]},
    "csddd": {
        "es": [
            "Directiva sobre diligencia debida de las empresas en materia de sostenibilidad",
            "Directiva (UE) 2024/1760",
            "Directiva de diligencia debida",
        ],
        "pt": [
            "Diretiva relativa ao dever de diligência das empresas em matéria de sustentabilidade",
            "Diretiva (UE) 2024/1760",
            "Diretiva do dever de diligência",
        ],
    },
    "csrd": {
        "es": [
            "Directiva sobre información corporativa en materia de sostenibilidad",
            "Directiva (UE) 2022/2464",
        ],
        "pt": [
            "Diretiva relativa ao relato de sustentabilidade das empresas",
            "Diretiva (UE) 2022/2464",
        ],
    },
    "esrs": {
        "es": ["Normas Europeas de Información sobre Sostenibilidad", "NEIS"],
        "pt": ["Normas Europeias de Relato de Sustentabilidade", "normas ESRS"],
    },
    "omnibus": {
        "es": ["paquete ómnibus", "ómnibus de simplificación", "paquete de simplificación ómnibus"],
        "pt": ["pacote omnibus", "omnibus de simplificação", "pacote de simplificação omnibus"],
    },
    "lksg": {
        "es": [
            "ley alemana de la cadena de suministro",
            "ley alemana de diligencia debida en la cadena de suministro",
        ],
        "pt": [
            "lei alemã da cadeia de fornecimento",
            "lei alemã do dever de diligência na cadeia de abastecimento",
        ],
    },
    "dutch-child-labour-act": {
        "es": [
            "ley neerlandesa de diligencia debida sobre el trabajo infantil",
            "ley holandesa sobre trabajo infantil",
        ],
        "pt": [
            "lei neerlandesa do dever de diligência sobre trabalho infantil",
            "lei holandesa sobre trabalho infantil",
        ],
    },
    "uk-modern-slavery-act": {
        "es": [
            "Ley de Esclavitud Moderna del Reino Unido",
            "ley británica sobre la esclavitud moderna",
        ],
        "pt": [
            "Lei da Escravatura Moderna do Reino Unido",
            "lei britânica sobre escravidão moderna",
        ],
    },
    "eu-forced-labour-regulation": {
        "es": [
            "Reglamento (UE) 2024/3015",
            "Reglamento de la UE sobre el trabajo forzoso",
            "prohibición de productos realizados con trabajo forzoso",
        ],
        "pt": [
            "Regulamento (UE) 2024/3015",
            "Regulamento da UE relativo ao trabalho forçado",
            "proibição de produtos fabricados com trabalho forçado",
        ],
    },
    "uflpa": {
        "es": [
            "Ley de Prevención del Trabajo Forzoso Uigur",
            "ley estadounidense sobre el trabajo forzoso uigur",
        ],
        "pt": [
            "Lei de Prevenção do Trabalho Forçado Uigur",
            "lei norte-americana sobre o trabalho forçado uigur",
        ],
    },
    "dodd-frank-1502": {
        "es": ["sección 1502 de la Ley Dodd-Frank", "artículo 1502 de la Ley Dodd-Frank"],
        "pt": ["secção 1502 da Lei Dodd-Frank", "seção 1502 da Lei Dodd-Frank"],
    },
    "sec-conflict-minerals-rule": {
        "es": ["norma de la SEC sobre minerales de conflicto", "regla 13p-1"],
        "pt": ["regra da SEC sobre minerais de conflito", "regra 13p-1"],
    },
    "sec": {
        "es": [
            "Comisión de Bolsa y Valores de los Estados Unidos",
            "Comisión de Valores de EE. UU.",
        ],
        "pt": [
            "Comissão de Valores Mobiliários dos Estados Unidos",
            "Comissão de Títulos e Câmbio dos EUA",
        ],
    },
    "form-sd": {
        "es": ["formulario SD", "informe de divulgación especializada"],
        "pt": ["formulário SD", "relatório de divulgação especializada"],
    },
    "conflict-minerals-report": {
        "es": ["informe sobre minerales de conflicto", "informe de minerales de conflicto"],
        "pt": ["relatório sobre minerais de conflito", "relatório de minerais de conflito"],
    },
    "rcoi": {
        "es": [
            "consulta razonable sobre el país de origen",
            "investigación razonable del país de origen",
        ],
        "pt": [
            "consulta razoável sobre o país de origem",
            "investigação razoável do país de origem",
        ],
    },
    "covered-countries": {
        "es": ["países cubiertos", "RDC y países limítrofes", "países vecinos de la RDC"],
        "pt": ["países abrangidos", "RDC e países vizinhos", "países limítrofes da RDC"],
    },
    "kimberley-process": {
        "es": ["Proceso de Kimberley", "Sistema de Certificación del Proceso de Kimberley", "SCPK"],
        "pt": ["Processo de Kimberley", "Sistema de Certificação do Processo de Kimberley", "SCPK"],
    },
    "ungps": {
        "es": [
            "Principios Rectores de las Naciones Unidas",
            "Principios Rectores sobre las Empresas y los Derechos Humanos",
            "Principios Ruggie",
        ],
        "pt": [
            "Princípios Orientadores das Nações Unidas",
            "Princípios Orientadores sobre Empresas e Direitos Humanos",
            "Princípios Ruggie",
        ],
    },
    "oecd-mne-guidelines": {
        "es": [
            "Líneas Directrices de la OCDE para Empresas Multinacionales",
            "Líneas Directrices de la OCDE",
        ],
        "pt": ["Diretrizes da OCDE para Empresas Multinacionais", "Diretrizes da OCDE"],
    },
    "ncp": {
        "es": ["Punto Nacional de Contacto", "Punto Nacional de Contacto de la OCDE", "PNC"],
        "pt": ["Ponto de Contacto Nacional", "Ponto de Contato Nacional", "PCN"],
    },
    "rbc": {
        "es": ["conducta empresarial responsable", "CER"],
        "pt": ["conduta empresarial responsável", "CER"],
    },
    "oecd-rbc-guidance": {
        "es": [
            "Guía de la OCDE de Debida Diligencia para una Conducta Empresarial Responsable",
            "Guía de CER de la OCDE",
        ],
        "pt": [
            "Guia da OCDE de Devida Diligência para uma Conduta Empresarial Responsável",
            "Guia de CER da OCDE",
        ],
    },
    "ilo": {
        "es": ["Organización Internacional del Trabajo", "OIT"],
        "pt": ["Organização Internacional do Trabalho", "OIT"],
    },
    "ilo-c182": {
        "es": [
            "Convenio núm. 182 de la OIT",
            "Convenio sobre las peores formas de trabajo infantil",
            "Convenio 182",
        ],
        "pt": [
            "Convenção n.º 182 da OIT",
            "Convenção sobre as Piores Formas de Trabalho Infantil",
            "Convenção 182",
        ],
    },
    "ilo-c138": {
        "es": ["Convenio núm. 138 de la OIT", "Convenio sobre la edad mínima", "Convenio 138"],
        "pt": ["Convenção n.º 138 da OIT", "Convenção sobre a Idade Mínima", "Convenção 138"],
    },
    "ilo-c29": {
        "es": ["Convenio sobre el trabajo forzoso", "Convenio núm. 29 de la OIT", "Convenio 29"],
        "pt": ["Convenção sobre o Trabalho Forçado", "Convenção n.º 29 da OIT", "Convenção 29"],
    },
    "icglr": {
        "es": ["Conferencia Internacional sobre la Región de los Grandes Lagos", "CIRGL"],
        "pt": ["Conferência Internacional sobre a Região dos Grandes Lagos", "CIRGL"],
    },
    "icglr-rcm": {
        "es": [
            "Mecanismo Regional de Certificación",
            "Mecanismo Regional de Certificación de la CIRGL",
            "certificado de la CIRGL",
        ],
        "pt": [
            "Mecanismo Regional de Certificação",
            "Mecanismo Regional de Certificação da CIRGL",
            "certificado da CIRGL",
        ],
    },
    "un-group-of-experts": {
        "es": [
            "Grupo de Expertos de las Naciones Unidas",
            "Grupo de Expertos sobre la República Democrática del Congo",
        ],
        "pt": ["Grupo de Peritos das Nações Unidas", "Grupo de Especialistas da ONU sobre a RDC"],
    },
    "oecd": {
        "es": ["Organización para la Cooperación y el Desarrollo Económicos", "OCDE"],
        "pt": [
            "Organização para a Cooperação e Desenvolvimento Económico",
            "Organização para a Cooperação e Desenvolvimento Econômico",
            "OCDE",
        ],
    },
    "eu": {"es": ["Unión Europea", "UE"], "pt": ["União Europeia", "UE"]},
    "eprm": {
        "es": ["Asociación Europea para los Minerales Responsables"],
        "pt": ["Parceria Europeia para Minerais Responsáveis"],
    },
    "due-diligence-hub": {
        "es": ["portal de debida diligencia de la EPRM", "portal de debida diligencia"],
        "pt": ["portal de devida diligência da EPRM", "portal de devida diligência"],
    },
    "rmi": {
        "es": [
            "Iniciativa de Minerales Responsables",
            "Iniciativa de Abastecimiento Libre de Conflictos",
        ],
        "pt": [
            "Iniciativa de Minerais Responsáveis",
            "Iniciativa de Abastecimento Livre de Conflitos",
        ],
    },
    "rmap": {
        "es": [
            "Proceso de Garantía de Minerales Responsables",
            "Programa de Fundiciones Libres de Conflictos",
        ],
        "pt": [
            "Processo de Garantia de Minerais Responsáveis",
            "Programa de Fundições Livres de Conflitos",
        ],
    },
    "cmrt": {
        "es": ["Plantilla de Informe sobre Minerales de Conflicto", "plantilla CMRT"],
        "pt": ["Modelo de Relatório de Minerais de Conflito", "modelo CMRT"],
    },
    "emrt": {
        "es": ["Plantilla Ampliada de Informe sobre Minerales", "plantilla EMRT"],
        "pt": [
            "Modelo Alargado de Relatório de Minerais",
            "Modelo Estendido de Relatório de Minerais",
            "modelo EMRT",
        ],
    },
    "amrt": {
        "es": ["Plantilla de Informe sobre Minerales Adicionales", "plantilla AMRT"],
        "pt": ["Modelo de Relatório de Minerais Adicionais", "modelo AMRT"],
    },
    "rba": {
        "es": ["Alianza Empresarial Responsable"],
        "pt": ["Aliança Empresarial Responsável"],
    },
    "itsci": {
        "es": [
            "Programa ITSCI",
            "Iniciativa Internacional para la Cadena de Suministro del Estaño",
        ],
        "pt": [
            "Programa ITSCI",
            "Iniciativa Internacional para a Cadeia de Fornecimento de Estanho",
        ],
    },
    "ita": {
        "es": ["Asociación Internacional del Estaño"],
        "pt": ["Associação Internacional do Estanho"],
    },
    "tic": {
        "es": ["Centro Internacional de Estudios del Tantalio y el Niobio"],
        "pt": ["Centro Internacional de Estudos do Tântalo e do Nióbio"],
    },
    "ctc": {
        "es": ["Cadenas Comerciales Certificadas", "cadenas de comercio certificadas"],
        "pt": ["Cadeias Comerciais Certificadas", "cadeias de comércio certificadas"],
    },
    "ppa": {
        "es": ["Alianza Público-Privada para el Comercio Responsable de Minerales"],
        "pt": ["Aliança Público-Privada para o Comércio Responsável de Minerais"],
    },
    "lbma": {
        "es": ["Asociación del Mercado de Lingotes de Londres"],
        "pt": ["Associação do Mercado de Lingotes de Londres"],
    },
    "lbma-rgg": {
        "es": ["Guía de Oro Responsable de la LBMA", "Guía de Oro Responsable"],
        "pt": ["Guia de Ouro Responsável da LBMA", "Guia de Ouro Responsável"],
    },
    "good-delivery-list": {
        "es": ["lista Good Delivery de la LBMA", "lista de buena entrega de la LBMA"],
        "pt": ["lista Good Delivery da LBMA", "lista de boa entrega da LBMA"],
    },
    "rjc": {
        "es": ["Consejo de Joyería Responsable"],
        "pt": ["Conselho de Joalharia Responsável", "Conselho de Joalheria Responsável"],
    },
    "world-gold-council": {"es": ["Consejo Mundial del Oro"], "pt": ["Conselho Mundial do Ouro"]},
    "rgmp": {
        "es": [
            "Principios de Minería Aurífera Responsable",
            "Principios para la Minería Responsable de Oro",
        ],
        "pt": [
            "Princípios de Mineração Responsável de Ouro",
            "Princípios para a Mineração Responsável de Ouro",
        ],
    },
    "craft": {
        "es": [
            "Código CRAFT",
            "código de mitigación de riesgos para la MAPE en el comercio formal",
        ],
        "pt": ["Código CRAFT", "código de mitigação de riscos para a MAPE no comércio formal"],
    },
    "fairmined": {
        "es": ["Estándar Fairmined", "oro Fairmined", "certificación Fairmined"],
        "pt": ["Padrão Fairmined", "ouro Fairmined", "certificação Fairmined"],
    },
    "arm": {
        "es": ["Alianza por la Minería Responsable"],
        "pt": ["Aliança pela Mineração Responsável", "Aliança para a Mineração Responsável"],
    },
    "fairtrade-gold": {
        "es": ["oro Fairtrade", "oro de comercio justo", "Estándar Fairtrade para el oro"],
        "pt": ["ouro Fairtrade", "ouro de comércio justo", "Padrão Fairtrade para o ouro"],
    },
    "irma": {
        "es": ["Iniciativa para el Aseguramiento de la Minería Responsable"],
        "pt": ["Iniciativa para a Garantia da Mineração Responsável"],
    },
    "copper-mark": {"es": ["sello Copper Mark"], "pt": ["selo Copper Mark"]},
    "icmm": {
        "es": ["Consejo Internacional de Minería y Metales"],
        "pt": ["Conselho Internacional de Mineração e Metais"],
    },
    "lme": {"es": ["Bolsa de Metales de Londres"], "pt": ["Bolsa de Metais de Londres"]},
    "cobalt-institute": {
        "es": ["Instituto del Cobalto", "Instituto para el Desarrollo del Cobalto"],
        "pt": ["Instituto do Cobalto", "Instituto para o Desenvolvimento do Cobalto"],
    },
    "responsible-cobalt-initiative": {
        "es": ["Iniciativa para el Cobalto Responsable", "Iniciativa de Cobalto Responsable"],
        "pt": ["Iniciativa para o Cobalto Responsável", "Iniciativa do Cobalto Responsável"],
    },
    "cccmc": {
        "es": [
            (
                "Cámara de Comercio China de Importadores y Exportadores de Metales, "
                "Minerales y Productos Químicos"
            )
        ],
        "pt": [
            (
                "Câmara de Comércio da China de Importadores e Exportadores de Metais, "
                "Minerais e Produtos Químicos"
            )
        ],
    },
    "responsible-mica-initiative": {
        "es": ["Iniciativa para la Mica Responsable", "Iniciativa de Mica Responsable"],
        "pt": ["Iniciativa para a Mica Responsável", "Iniciativa da Mica Responsável"],
    },
    "electronics-industry": {
        "es": ["industria electrónica", "sector de la electrónica", "sector electrónico"],
        "pt": [
            "indústria eletrónica",
            "indústria eletrônica",
            "setor eletrónico",
            "setor eletrônico",
        ],
    },
    "automotive-industry": {
        "es": [
            "industria automotriz",
            "industria del automóvil",
            "sector automotor",
            "sector automovilístico",
        ],
        "pt": [
            "indústria automóvel",
            "indústria automotiva",
            "setor automóvel",
            "setor automotivo",
        ],
    },
    "jewellery": {
        "es": ["joyería", "sector de la joyería", "joyería y relojería"],
        "pt": ["joalharia", "joalheria", "setor da joalharia", "joias"],
    },
    "electric-vehicle": {
        "es": ["vehículo eléctrico", "vehículos eléctricos", "VE"],
        "pt": ["veículo elétrico", "veículos elétricos", "VE"],
    },
    "lithium-ion-battery": {
        "es": ["batería de iones de litio", "baterías de iones de litio", "batería de ion-litio"],
        "pt": ["bateria de iões de lítio", "bateria de íons de lítio", "baterias de íon-lítio"],
    },
    "type-guidance": {
        "es": ["guía", "orientaciones", "directrices", "documento de orientación"],
        "pt": ["guia", "orientações", "diretrizes", "documento de orientação"],
    },
    "type-regulation": {
        "es": ["reglamento", "reglamentación", "legislación", "normativa"],
        "pt": ["regulamento", "regulamentação", "legislação"],
    },
    "type-tool": {
        "es": ["herramienta", "caja de herramientas", "kit de herramientas"],
        "pt": ["ferramenta", "caixa de ferramentas", "kit de ferramentas"],
    },
    "type-template": {
        "es": ["plantilla", "modelo", "plantilla de informe"],
        "pt": ["modelo", "modelo de documento", "modelo de relatório"],
    },
    "type-standard": {"es": ["norma", "estándar"], "pt": ["norma", "padrão"]},
    "type-training": {
        "es": ["formación", "capacitación", "curso en línea", "aprendizaje en línea"],
        "pt": ["formação", "treinamento", "curso online", "formação em linha"],
    },
    "type-report": {"es": ["informe", "estudio"], "pt": ["relatório", "estudo"]},
    "type-case-study": {
        "es": ["estudio de caso", "estudios de caso"],
        "pt": ["estudo de caso", "estudos de caso"],
    },
    "type-database": {"es": ["base de datos"], "pt": ["base de dados", "banco de dados"]},
    "type-website": {
        "es": ["sitio web", "página web", "portal web"],
        "pt": ["sítio web", "site", "portal web"],
    },
    "africa": {"es": ["África"], "pt": ["África"]},
    "central-africa": {"es": ["África Central"], "pt": ["África Central"]},
    "east-africa": {
        "es": ["África Oriental", "África del Este"],
        "pt": ["África Oriental", "África do Leste"],
    },
    "west-africa": {
        "es": ["África Occidental", "África del Oeste"],
        "pt": ["África Ocidental", "África do Oeste"],
    },
    "southern-africa": {
        "es": ["África Austral", "África meridional"],
        "pt": ["África Austral", "África Meridional"],
    },
    "great-lakes": {
        "es": ["región de los Grandes Lagos", "Grandes Lagos africanos", "Grandes Lagos"],
        "pt": ["região dos Grandes Lagos", "Grandes Lagos africanos", "Grandes Lagos"],
    },
    "drc": {
        "es": ["República Democrática del Congo", "RD del Congo", "RDC"],
        "pt": ["República Democrática do Congo", "RD do Congo", "RDC"],
    },
    "eastern-drc": {
        "es": ["este de la RDC", "este del Congo", "oriente de la República Democrática del Congo"],
        "pt": ["leste da RDC", "leste do Congo", "leste da República Democrática do Congo"],
    },
    "kivu": {
        "es": ["los Kivus", "provincias de Kivu"],
        "pt": ["os Kivus", "províncias do Kivu"],
    },
    "north-kivu": {"es": ["Kivu del Norte", "Kivu Norte"], "pt": ["Kivu do Norte", "Kivu Norte"]},
    "south-kivu": {"es": ["Kivu del Sur", "Kivu Sur"], "pt": ["Kivu do Sul", "Kivu Sul"]},
    "ituri": {"es": ["provincia de Ituri"], "pt": ["província de Ituri"]},
    "maniema": {"es": ["provincia de Maniema"], "pt": ["província de Maniema"]},
    "katanga": {
        "es": ["antigua provincia de Katanga", "Gran Katanga"],
        "pt": ["Catanga", "antiga província do Catanga", "antiga província de Katanga"],
    },
    "haut-katanga": {"es": ["Alto Katanga"], "pt": ["Alto Catanga", "Alto Katanga"]},
    "lualaba": {"es": ["provincia de Lualaba"], "pt": ["província de Lualaba"]},
    "copperbelt": {
        "es": [
            "Cinturón de Cobre de África Central",
            "Cinturón de Cobre africano",
            "Cinturón del Cobre",
        ],
        "pt": ["Cinturão do Cobre da África Central", "Cinturão do Cobre", "Cintura do Cobre"],
    },
    "republic-of-congo": {
        "es": ["República del Congo"],
        "pt": ["República do Congo"],
    },
    "central-african-republic": {
        "es": ["República Centroafricana", "RCA"],
        "pt": ["República Centro-Africana", "RCA"],
    },
    "rwanda": {"es": ["Ruanda"], "pt": ["Ruanda"]},
    "tanzania": {
        "es": ["República Unida de Tanzania"],
        "pt": ["Tanzânia", "República Unida da Tanzânia"],
    },
    "zambia": {"pt": ["Zâmbia"]},
    "zimbabwe": {"es": ["Zimbabue"], "pt": ["Zimbabué", "Zimbábue"]},
    "south-africa": {"es": ["Sudáfrica"], "pt": ["África do Sul"]},
    "madagascar": {"pt": ["Madagáscar"]},
    "mali": {"es": ["Malí"]},
    "ghana": {"pt": ["Gana"]},
    "latin-america": {
        "es": ["América Latina", "Latinoamérica", "América Latina y el Caribe"],
        "pt": ["América Latina", "América Latina e Caribe", "América Latina e Caraíbas"],
    },
    "colombia": {"pt": ["Colômbia"]},
    "peru": {"es": ["Perú"]},
    "bolivia": {"pt": ["Bolívia"]},
    "brazil": {"es": ["Brasil"], "pt": ["Brasil"]},
    "lithium-triangle": {
        "es": ["triángulo del litio", "triángulo de litio"],
        "pt": ["triângulo do lítio"],
    },
    "asia": {"pt": ["Ásia"]},
    "china": {
        "es": ["República Popular China", "RPC"],
        "pt": ["República Popular da China", "RPC"],
    },
    "india": {"pt": ["Índia"]},
    "indonesia": {"pt": ["Indonésia"]},
    "myanmar": {"es": ["Birmania"], "pt": ["Birmânia", "Mianmar"]},
    "europe": {"es": ["Europa"], "pt": ["Europa"]},
    "north-america": {
        "es": ["América del Norte", "Norteamérica"],
        "pt": ["América do Norte"],
    },
    "united-states": {
        "es": ["Estados Unidos", "Estados Unidos de América", "EE. UU.", "EEUU"],
        "pt": ["Estados Unidos", "Estados Unidos da América", "EUA"],
    },
    "w-law": {"es": ["ley", "leyes"], "pt": ["lei", "leis"]},
    "w-market": {"es": ["mercado"], "pt": ["mercado"]},
    "w-buyer": {"es": ["comprador", "compradora"], "pt": ["comprador", "compradora"]},
    "w-company": {
        "es": ["empresa", "compañía", "sociedad"],
        "pt": ["empresa", "companhia", "sociedade"],
    },
    "w-requirement": {
        "es": ["requisito", "exigencia", "obligación"],
        "pt": ["requisito", "exigência", "obrigação"],
    },
    "w-child": {"es": ["niño", "niña", "niños", "menor"], "pt": ["criança", "crianças", "menor"]},
    "w-environment": {"es": ["medio ambiente", "ambiente"], "pt": ["meio ambiente", "ambiente"]},
    "w-mining": {
        "es": ["minería", "minero", "minera", "explotación minera"],
        "pt": ["mineração", "mineiro", "mineira", "exploração mineira"],
    },
    "w-mineral": {"es": ["minerales"], "pt": ["minerais"]},
    "w-supply": {
        "es": ["suministro", "abastecimiento", "suministrar"],
        "pt": ["fornecimento", "abastecimento", "fornecer"],
    },
    "w-sourcing": {
        "es": ["abastecimiento", "aprovisionamiento", "abastecerse"],
        "pt": ["aprovisionamento", "abastecimento", "abastecer-se"],
    },
    "w-responsible": {"es": ["responsable"], "pt": ["responsável"]},
    "w-responsibility": {"es": ["responsabilidad"], "pt": ["responsabilidade"]},
    "w-conflict": {"es": ["conflicto"], "pt": ["conflito"]},
    "w-right": {"es": ["derecho"], "pt": ["direito"]},
    "w-risk": {"es": ["riesgo"], "pt": ["risco"]},
    "w-chain": {"es": ["cadena"], "pt": ["cadeia"]},
    "w-human": {"es": ["humano", "humana"], "pt": ["humano", "humana"]},
    "w-reporting": {
        "es": ["presentación de informes", "comunicación de información", "rendición de cuentas"],
        "pt": ["relato", "comunicação de informações", "prestação de contas"],
    },
    "w-disclosure": {
        "es": ["divulgación", "divulgación de información"],
        "pt": ["divulgação", "divulgação de informações"],
    },
    "w-labour": {"es": ["trabajo", "mano de obra"], "pt": ["trabalho", "mão de obra"]},
    "w-small": {"es": ["pequeño", "pequeña"], "pt": ["pequeno", "pequena"]},
    "w-medium": {"es": ["mediano", "mediana"], "pt": ["médio", "média"]},
    "w-large": {"es": ["grande", "gran"], "pt": ["grande"]},
    "w-size": {"es": ["tamaño", "dimensión"], "pt": ["tamanho", "dimensão"]},
    "w-scale": {"es": ["escala"], "pt": ["escala"]},
    "w-free": {"es": ["gratuito", "gratuita", "libre"], "pt": ["gratuito", "gratuita", "livre"]},
    "w-assessment": {"es": ["evaluación", "evaluar"], "pt": ["avaliação", "avaliar"]},
    "w-industry": {"es": ["industria"], "pt": ["indústria"]},
    "w-help": {"es": ["ayuda", "ayudar"], "pt": ["ajuda", "ajudar"]},
    "w-project": {"es": ["proyecto"], "pt": ["projeto", "projecto"]},
    "w-environmental": {"es": ["ambiental", "medioambiental"], "pt": ["ambiental"]},
    "w-producer": {"es": ["productor", "productora"], "pt": ["produtor", "produtora"]},
    "w-affected": {"es": ["afectado", "afectada"], "pt": ["afetado", "afetada"]},
    "w-sector": {"pt": ["setor"]},
    "w-list": {"es": ["lista"], "pt": ["lista"]},
    "w-support": {"es": ["apoyo", "apoyar"], "pt": ["apoio", "apoiar"]},
    "w-partnership": {"es": ["asociación", "alianza"], "pt": ["parceria"]},
    "w-partner": {"es": ["socio", "socia"], "pt": ["parceiro", "parceira"]},
    "w-use": {"es": ["uso", "utilización", "utilizar"], "pt": ["uso", "utilização", "utilizar"]},
    "w-public": {"es": ["público", "pública"], "pt": ["público", "pública"]},
    "w-third": {
        "es": ["tercero", "tercera", "terceros"],
        "pt": ["terceiro", "terceira", "terceiros"],
    },
    "w-government": {"es": ["gobierno", "poderes públicos"], "pt": ["governo", "poderes públicos"]},
    "w-state": {"es": ["Estado"], "pt": ["Estado"]},
    "w-framework": {"es": ["marco"], "pt": ["quadro", "estrutura"]},
    "w-practice": {"es": ["práctica"], "pt": ["prática"]},
    "w-stakeholder": {
        "es": ["parte interesada", "partes interesadas"],
        "pt": ["parte interessada", "partes interessadas"],
    },
    "w-actor": {"es": ["actores", "agente"], "pt": ["ator", "atores", "agente"]},
    "w-useful": {"es": ["útil"], "pt": ["útil"]},
    "w-trade": {"es": ["comercio", "intercambio"], "pt": ["comércio", "troca"]},
    "w-world": {"es": ["mundo"], "pt": ["mundo"]},
    "w-global": {"es": ["mundial"], "pt": ["mundial"]},
    "w-battery": {"es": ["batería", "pila"], "pt": ["bateria", "pilha"]},
    "w-overview": {
        "es": ["panorama", "visión general", "presentación"],
        "pt": ["panorama", "visão geral", "apresentação"],
    },
    "w-data": {"es": ["datos"], "pt": ["dados"]},
    "w-area": {"es": ["zona", "área"], "pt": ["zona", "área"]},
    "w-english": {"es": ["inglés", "inglesa"], "pt": ["inglês", "inglesa"]},
    "w-french": {"es": ["francés", "francesa"], "pt": ["francês", "francesa"]},
    "w-german": {"es": ["alemán", "alemana"], "pt": ["alemão", "alemã"]},
    "w-dutch": {
        "es": ["neerlandés", "neerlandesa", "holandés"],
        "pt": ["neerlandês", "neerlandesa", "holandês"],
    },
    "w-spanish": {"es": ["español", "española", "castellano"], "pt": ["espanhol", "espanhola"]},
    "w-european": {"es": ["europeo", "europea"], "pt": ["europeu", "europeia"]},
    "w-belgian": {"es": ["belga"], "pt": ["belga"]},
    "w-germany": {"es": ["Alemania"], "pt": ["Alemanha"]},
    "w-online": {"es": ["en línea"], "pt": ["em linha"]},
    "w-alignment": {
        "es": ["alineación", "alineado", "alineada"],
        "pt": ["alinhamento", "alinhado", "alinhada"],
    },
    "w-material": {"es": ["materiales", "materia"], "pt": ["materiais", "matéria"]},
    "w-raw-material": {
        "es": ["materia prima", "materias primas"],
        "pt": ["matéria-prima", "matérias-primas"],
    },
    "w-raw": {"es": ["bruto", "bruta", "en bruto"], "pt": ["bruto", "bruta", "em bruto"]},
    "w-high": {"es": ["alto", "alta", "elevado"], "pt": ["alto", "alta", "elevado"]},
    "w-step": {"es": ["paso", "etapa"], "pt": ["etapa", "passo"]},
    "w-language": {"es": ["idioma", "lengua"], "pt": ["idioma", "língua"]},
    "w-metal": {"es": ["metales"], "pt": ["metais"]},
    "w-resource": {"es": ["recurso", "recursos"], "pt": ["recurso", "recursos"]},
    "w-management": {"es": ["gestión", "gestionar"], "pt": ["gestão", "gerir", "gerenciamento"]},
    "w-miner": {"es": ["minero", "mineros"], "pt": ["mineiro", "mineiros", "minerador"]},
    "w-funding": {
        "es": ["financiación", "financiamiento", "financiar", "fondos"],
        "pt": ["financiamento", "financiar", "fundos"],
    },
    "w-community": {"es": ["comunidad"], "pt": ["comunidade"]},
    "w-improve": {"es": ["mejorar", "mejora"], "pt": ["melhorar", "melhoria"]},
    "w-country": {"es": ["país", "países"], "pt": ["país", "países"]},
    "w-review": {"es": ["examen", "revisión"], "pt": ["análise", "revisão", "exame"]},
    "w-annex": {"es": ["anexo"], "pt": ["anexo"]},
    "w-pilot": {"es": ["piloto", "proyecto piloto"], "pt": ["piloto", "projeto-piloto"]},
    "w-armed": {"es": ["armado", "armada"], "pt": ["armado", "armada"]},
    "w-army": {"es": ["ejército", "fuerzas armadas"], "pt": ["exército", "forças armadas"]},
    "w-group": {"es": ["grupo"], "pt": ["grupo"]},
    "w-process": {"es": ["proceso", "procedimiento"], "pt": ["processo", "procedimento"]},
    "w-electronics": {"es": ["electrónica"], "pt": ["eletrónica", "eletrônica"]},
    "w-policy": {"es": ["política"], "pt": ["política"]},
    "w-start": {"es": ["empezar", "comenzar", "iniciar"], "pt": ["começar", "iniciar"]},
    "w-study": {"es": ["estudio"], "pt": ["estudo"]},
    "w-issue": {
        "es": ["cuestión", "problemática", "desafío"],
        "pt": ["questão", "problemática", "desafio"],
    },
    "w-problem": {"es": ["problema"], "pt": ["problema"]},
    "w-principle": {"es": ["principio"], "pt": ["princípio"]},
    "w-indicator": {"es": ["indicador"], "pt": ["indicador"]},
    "w-authority": {"es": ["autoridad"], "pt": ["autoridade"]},
    "w-available": {"es": ["disponible"], "pt": ["disponível"]},
    "w-abuse": {
        "es": ["abuso", "violación", "vulneración"],
        "pt": ["abuso", "violação", "atentado"],
    },
    "w-independent": {
        "es": ["independiente"],
        "pt": ["independente"],
    },
    "w-criterion": {"es": ["criterio", "criterios"], "pt": ["critério", "critérios"]},
    "w-customer": {"es": ["cliente"], "pt": ["cliente"]},
    "w-lesson": {
        "es": ["lección", "enseñanza", "lecciones aprendidas"],
        "pt": ["lição", "ensinamento", "lições aprendidas"],
    },
    "w-monitoring": {
        "es": ["seguimiento", "supervisión", "monitoreo"],
        "pt": ["monitorização", "monitoramento", "acompanhamento"],
    },
    "w-jeweller": {"es": ["joyero", "joyera"], "pt": ["joalheiro", "ourives"]},
    "w-rule": {"es": ["regla", "norma"], "pt": ["regra", "norma"]},
    "w-check": {
        "es": ["verificación", "control", "comprobación"],
        "pt": ["verificação", "controlo", "controle"],
    },
    "w-verify": {"es": ["verificar", "comprobar"], "pt": ["verificar", "comprovar"]},
    "w-design": {
        "es": ["diseño", "diseñar", "concepción"],
        "pt": ["conceção", "concepção", "conceber"],
    },
    "w-research": {
        "es": ["investigación", "investigador"],
        "pt": ["investigação", "pesquisa", "pesquisador"],
    },
    "w-publish": {"es": ["publicar", "publicación"], "pt": ["publicar", "publicação"]},
    "w-implementation": {
        "es": ["aplicación", "implementación", "puesta en práctica"],
        "pt": ["aplicação", "implementação", "execução"],
    },
    "w-progress": {
        "es": ["progreso", "avance", "avances"],
        "pt": ["progresso", "avanço", "avanços"],
    },
    "w-identify": {"es": ["identificar", "detectar"], "pt": ["identificar", "detetar", "detectar"]},
    "w-processor": {"es": ["procesador", "transformador"], "pt": ["processador", "transformador"]},
    "w-processing": {
        "es": ["procesamiento", "transformación", "tratamiento"],
        "pt": ["processamento", "transformação", "beneficiamento"],
    },
    "w-governance": {"es": ["gobernanza", "gobernabilidad"], "pt": ["governança", "governação"]},
    "w-forced": {"es": ["forzoso", "forzosa", "forzado"], "pt": ["forçado", "forçada"]},
    "w-field": {"es": ["terreno", "ámbito", "campo"], "pt": ["terreno", "campo", "domínio"]},
    "w-platform": {"es": ["plataforma"], "pt": ["plataforma"]},
    "w-faq": {"es": ["preguntas frecuentes"], "pt": ["perguntas frequentes"]},
    "w-safety": {"es": ["seguridad"], "pt": ["segurança"]},
    "w-organisation": {"es": ["organización", "organismo"], "pt": ["organização", "organismo"]},
    "w-scheme": {"es": ["sistema", "régimen", "programa"], "pt": ["regime", "sistema", "programa"]},
    "w-development": {
        "es": ["desarrollo", "desarrollar"],
        "pt": ["desenvolvimento", "desenvolver"],
    },
    "w-system": {"es": ["sistema"], "pt": ["sistema"]},
    "w-sustainable": {"es": ["sostenible", "sustentable"], "pt": ["sustentável"]},
    "w-sustainability": {"es": ["sostenibilidad", "sustentabilidad"], "pt": ["sustentabilidade"]},
    "w-model": {"es": ["modelo"], "pt": ["modelo"]},
    "w-methodology": {"es": ["metodología", "método"], "pt": ["metodologia", "método"]},
    "w-member": {"es": ["miembro"], "pt": ["membro"]},
    "w-answer": {"es": ["respuesta", "responder"], "pt": ["resposta", "responder"]},
    "w-climate": {"es": ["clima"], "pt": ["clima"]},
    "w-seller": {"es": ["vendedor", "vendedora"], "pt": ["vendedor", "vendedora"]},
    "w-business": {
        "es": ["negocios", "empresa", "empresarial"],
        "pt": ["negócios", "empresa", "empresarial"],
    },
    "w-access": {"es": ["acceso", "acceder"], "pt": ["acesso", "aceder", "acessar"]},
    "w-map": {"es": ["mapa", "cartografía"], "pt": ["mapa", "cartografia"]},
    "w-course": {"es": ["curso"], "pt": ["curso"]},
    "w-price": {"es": ["precio"], "pt": ["preço"]},
    "w-tax": {"es": ["impuesto", "tasa", "tributo"], "pt": ["imposto", "taxa", "tributo"]},
    "w-worker": {
        "es": ["trabajador", "trabajadora", "obrero"],
        "pt": ["trabalhador", "trabalhadora", "operário"],
    },
    "w-employee": {
        "es": ["empleado", "empleada", "asalariado"],
        "pt": ["empregado", "funcionário", "assalariado"],
    },
    "w-employer": {
        "es": ["empleador", "empresa empleadora"],
        "pt": ["empregador", "entidade patronal"],
    },
    "w-employment": {"es": ["empleo"], "pt": ["emprego"]},
    "w-working-conditions": {
        "es": ["condiciones de trabajo", "condiciones laborales"],
        "pt": ["condições de trabalho", "condições laborais"],
    },
    "w-wage": {"es": ["salario", "remuneración", "sueldo"], "pt": ["salário", "remuneração"]},
    "w-income": {"es": ["ingresos", "renta"], "pt": ["rendimento", "renda", "receita"]},
    "w-livelihood": {
        "es": ["medios de vida", "medios de subsistencia", "subsistencia"],
        "pt": ["meios de subsistência", "meios de vida", "subsistência"],
    },
    "w-poverty": {"es": ["pobreza"], "pt": ["pobreza"]},
    "w-woman": {"es": ["mujer", "mujeres"], "pt": ["mulher", "mulheres"]},
    "w-school": {
        "es": ["escuela", "escolarización"],
        "pt": ["escola", "escolarização", "escolaridade"],
    },
    "w-health": {"es": ["salud"], "pt": ["saúde"]},
    "w-water": {"es": ["agua"], "pt": ["água"]},
    "w-land": {"es": ["tierra", "tierras"], "pt": ["terra", "terras", "fundiário"]},
    "w-import": {"es": ["importación", "importar"], "pt": ["importação", "importar"]},
    "w-export": {"es": ["exportación", "exportar"], "pt": ["exportação", "exportar"]},
    "w-certificate": {"es": ["certificado"], "pt": ["certificado"]},
    "w-register": {"es": ["registro"], "pt": ["registo", "registro"]},
    "w-alert": {"es": ["alerta"], "pt": ["alerta"]},
    "w-complaint": {
        "es": ["queja", "reclamación", "denuncia"],
        "pt": ["queixa", "reclamação", "denúncia"],
    },
    "w-victim": {"es": ["víctima"], "pt": ["vítima"]},
    "w-compensation": {
        "es": ["indemnización", "reparación", "compensación"],
        "pt": ["indemnização", "indenização", "reparação"],
    },
    "w-litigation": {
        "es": ["litigio", "contencioso", "acción judicial"],
        "pt": ["litígio", "contencioso", "ação judicial"],
    },
    "w-penalty": {
        "es": ["sanción", "multa", "penalización"],
        "pt": ["sanção", "coima", "multa", "penalidade"],
    },
    "w-fraud": {"es": ["fraude"], "pt": ["fraude"]},
    "w-customs": {"es": ["aduana", "aduanas"], "pt": ["alfândega", "aduana"]},
    "w-border": {"es": ["frontera"], "pt": ["fronteira"]},
    "w-war": {"es": ["guerra"], "pt": ["guerra"]},
    "w-recognition": {"es": ["reconocimiento"], "pt": ["reconhecimento"]},
    "w-recognised": {"es": ["reconocido", "reconocida"], "pt": ["reconhecido", "reconhecida"]},
    "w-advice": {
        "es": ["asesoramiento", "consejo"],
        "pt": ["aconselhamento", "conselho", "assessoria"],
    },
    "w-buy": {"es": ["comprar", "compra"], "pt": ["comprar", "compra"]},
    "w-sell": {"es": ["vender", "venta"], "pt": ["vender", "venda"]},
    "w-legal": {"es": ["jurídico", "jurídica"], "pt": ["jurídico", "jurídica"]},
    "w-mandatory": {"es": ["obligatorio", "obligatoria"], "pt": ["obrigatório", "obrigatória"]},
    "w-voluntary": {"es": ["voluntario", "voluntaria"], "pt": ["voluntário", "voluntária"]},
    "w-compliance": {"es": ["cumplimiento", "conformidad"], "pt": ["conformidade", "cumprimento"]},
    "w-compliant": {"es": ["conforme"], "pt": ["conforme", "em conformidade"]},
    "w-threshold": {"es": ["umbral"], "pt": ["limiar", "limite"]},
    "w-checklist": {
        "es": ["lista de verificación", "lista de control", "lista de comprobación"],
        "pt": ["lista de verificação", "lista de controlo", "lista de controle"],
    },
    "w-example": {"es": ["ejemplo"], "pt": ["exemplo"]},
    "w-cost": {"es": ["costo", "coste"], "pt": ["custo"]},
    "w-financial": {"es": ["financiero", "financiera"], "pt": ["financeiro", "financeira"]},
    "w-product": {"es": ["producto"], "pt": ["produto"]},
    "w-goods": {"es": ["mercancías", "bienes"], "pt": ["mercadorias", "bens"]},
    "w-waste": {"es": ["residuos", "desechos"], "pt": ["resíduos"]},
    "w-biodiversity": {"es": ["biodiversidad"], "pt": ["biodiversidade"]},
    "w-energy": {"es": ["energía"], "pt": ["energia"]},
    "w-recycling": {"es": ["reciclaje", "reciclado"], "pt": ["reciclagem"]},
    "w-trade-union": {"es": ["sindicato"], "pt": ["sindicato"]},
    "w-harassment": {"es": ["acoso"], "pt": ["assédio"]},
    "w-handbook": {"es": ["manual"], "pt": ["manual"]},
    "w-event": {"es": ["evento", "acontecimiento"], "pt": ["evento", "acontecimento"]},
    "w-evidence": {
        "es": ["prueba", "pruebas", "evidencia"],
        "pt": ["prova", "provas", "evidência"],
    },
    "w-permit": {
        "es": ["permiso", "autorización", "licencia"],
        "pt": ["licença", "autorização", "alvará"],
    },
    "w-transparency": {"es": ["transparencia"], "pt": ["transparência"]},
}


def seed(apps, schema_editor):
    db = schema_editor.connection.alias
    concepts = (
        apps.get_model("eprm_hub", "Concept").objects.using(db).in_bulk(TERMS, field_name="key")
    )
    ConceptTerm = apps.get_model("eprm_hub", "ConceptTerm")
    ConceptTerm.objects.using(db).bulk_create(
        (
            ConceptTerm(concept=concepts[key], text=text, language=language, kind="translation")
            for key, languages in TERMS.items()
            if key in concepts
            for language, texts in languages.items()
            for text in texts
        ),
        ignore_conflicts=True,  # a term the concept already has (in another language) stays
    )


def unseed(apps, schema_editor):
    db = schema_editor.connection.alias
    apps.get_model("eprm_hub", "ConceptTerm").objects.using(db).filter(
        language__in=["es", "pt"], kind="translation"
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("eprm_hub", "0009_languages")]

    operations = [migrations.RunPython(seed, unseed)]
