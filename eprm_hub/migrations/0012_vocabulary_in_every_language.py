"""The vocabulary's names (and the tiers' and needs' descriptions) in Spanish, Portuguese,
German and Dutch, beside the French of 0002 (docs/languages.md). Written from the official
editions of the OECD Guidance and the EU Regulation, and the UN's short titles of the SDGs."""

from django.db import migrations

TRANSLATIONS = {
    "eprm_hub.mineral": {
        "tin": {
            "es": {
                "name": "Estaño"
            },
            "pt": {
                "name": "Estanho"
            },
            "de": {
                "name": "Zinn"
            },
            "nl": {
                "name": "Tin"
            }
        },
        "tantalum": {
            "es": {
                "name": "Tantalio"
            },
            "pt": {
                "name": "Tântalo"
            },
            "de": {
                "name": "Tantal"
            },
            "nl": {
                "name": "Tantaal"
            }
        },
        "tungsten": {
            "es": {
                "name": "Tungsteno"
            },
            "pt": {
                "name": "Tungsténio"
            },
            "de": {
                "name": "Wolfram"
            },
            "nl": {
                "name": "Wolfraam"
            }
        },
        "gold": {
            "es": {
                "name": "Oro"
            },
            "pt": {
                "name": "Ouro"
            },
            "de": {
                "name": "Gold"
            },
            "nl": {
                "name": "Goud"
            }
        },
        "cobalt": {
            "es": {
                "name": "Cobalto"
            },
            "pt": {
                "name": "Cobalto"
            },
            "de": {
                "name": "Kobalt"
            },
            "nl": {
                "name": "Kobalt"
            }
        },
        "mica": {
            "es": {
                "name": "Mica"
            },
            "pt": {
                "name": "Mica"
            },
            "de": {
                "name": "Glimmer"
            },
            "nl": {
                "name": "Mica"
            }
        },
        "lithium": {
            "es": {
                "name": "Litio"
            },
            "pt": {
                "name": "Lítio"
            },
            "de": {
                "name": "Lithium"
            },
            "nl": {
                "name": "Lithium"
            }
        },
        "natural-graphite": {
            "es": {
                "name": "Grafito natural"
            },
            "pt": {
                "name": "Grafite natural"
            },
            "de": {
                "name": "Naturgraphit"
            },
            "nl": {
                "name": "Natuurlijk grafiet"
            }
        },
        "copper": {
            "es": {
                "name": "Cobre"
            },
            "pt": {
                "name": "Cobre"
            },
            "de": {
                "name": "Kupfer"
            },
            "nl": {
                "name": "Koper"
            }
        },
        "nickel": {
            "es": {
                "name": "Níquel"
            },
            "pt": {
                "name": "Níquel"
            },
            "de": {
                "name": "Nickel"
            },
            "nl": {
                "name": "Nikkel"
            }
        }
    },
    "eprm_hub.supplychaintier": {
        "upstream": {
            "es": {
                "name": "Aguas arriba",
                "description": "Minas, comerciantes, exportadores"
            },
            "pt": {
                "name": "A montante",
                "description": "Minas, comerciantes, exportadores"
            },
            "de": {
                "name": "Vorgelagert",
                "description": "Minen, Händler, Exporteure"
            },
            "nl": {
                "name": "Stroomopwaarts",
                "description": "Mijnen, handelaren, exporteurs"
            }
        },
        "midstream": {
            "es": {
                "name": "Intermedio",
                "description": "Fundiciones y refinerías"
            },
            "pt": {
                "name": "Intermediário",
                "description": "Fundições e refinarias"
            },
            "de": {
                "name": "Mittlerer Abschnitt",
                "description": "Hütten und Raffinerien"
            },
            "nl": {
                "name": "Midden van de keten",
                "description": "Smelterijen en raffinaderijen"
            }
        },
        "downstream": {
            "es": {
                "name": "Aguas abajo",
                "description": "Fabricantes de componentes, fabricantes, marcas, minoristas"
            },
            "pt": {
                "name": "A jusante",
                "description": "Fabricantes de componentes, fabricantes, marcas, distribuidores"
            },
            "de": {
                "name": "Nachgelagert",
                "description": "Komponentenhersteller, Hersteller, Marken, Einzelhändler"
            },
            "nl": {
                "name": "Stroomafwaarts",
                "description": "Componentenfabrikanten, fabrikanten, merken, detailhandelaren"
            }
        }
    },
    "eprm_hub.oecdstep": {
        "1": {
            "es": {
                "name": "Establecer sistemas de gestión sólidos"
            },
            "pt": {
                "name": "Estabelecer sistemas de gestão sólidos"
            },
            "de": {
                "name": "Starke Managementsysteme einrichten"
            },
            "nl": {
                "name": "Sterke managementsystemen opzetten"
            }
        },
        "2": {
            "es": {
                "name": "Identificar y evaluar los riesgos en la cadena de suministro"
            },
            "pt": {
                "name": "Identificar e avaliar os riscos na cadeia de abastecimento"
            },
            "de": {
                "name": "Risiken in der Lieferkette ermitteln und bewerten"
            },
            "nl": {
                "name": "Risico's in de toeleveringsketen identificeren en beoordelen"
            }
        },
        "3": {
            "es": {
                "name": "Diseñar y aplicar una estrategia para responder a los riesgos"
            },
            "pt": {
                "name": "Conceber e implementar uma estratégia de resposta aos riscos"
            },
            "de": {
                "name": "Eine Strategie zur Reaktion auf Risiken entwickeln und umsetzen"
            },
            "nl": {
                "name": "Een strategie ontwerpen en uitvoeren om op risico's te reageren"
            }
        },
        "4": {
            "es": {
                "name": "Realizar una auditoría independiente por terceros"
            },
            "pt": {
                "name": "Realizar uma auditoria independente por terceiros"
            },
            "de": {
                "name": "Ein unabhängiges Audit durch Dritte durchführen lassen"
            },
            "nl": {
                "name": "Een onafhankelijke audit door een derde partij laten uitvoeren"
            }
        },
        "5": {
            "es": {
                "name": "Informar anualmente sobre la debida diligencia en la cadena de suministro"
            },
            "pt": {
                "name": "Apresentar um relatório anual sobre a diligência devida na cadeia de abastecimento"
            },
            "de": {
                "name": "Jährlich über die Erfüllung der Sorgfaltspflichten in der Lieferkette berichten"
            },
            "nl": {
                "name": "Jaarlijks rapporteren over gepaste zorgvuldigheid (due diligence) in de toeleveringsketen"
            }
        }
    },
    "eprm_hub.businessneed": {
        "understand-regulation": {
            "es": {
                "name": "Comprender la normativa",
                "description": "Saber si el Reglamento de la UE sobre minerales de conflicto u otras normas le son aplicables, y qué exigen."
            },
            "pt": {
                "name": "Compreender a regulamentação",
                "description": "Saber se o Regulamento da UE relativo aos minerais de conflito ou outras regras se aplicam à sua empresa, e o que exigem."
            },
            "de": {
                "name": "Rechtliche Anforderungen verstehen",
                "description": "Herausfinden, ob die EU-Verordnung über Konfliktminerale oder andere Vorschriften für Sie gelten und was sie verlangen."
            },
            "nl": {
                "name": "De regelgeving begrijpen",
                "description": "Nagaan of de EU-verordening inzake conflictmineralen of andere regels op u van toepassing zijn, en wat ze vereisen."
            }
        },
        "set-up-management-system": {
            "es": {
                "name": "Establecer un sistema de gestión",
                "description": "Redactar una política de la cadena de suministro, designar a un responsable y crear los controles internos."
            },
            "pt": {
                "name": "Criar um sistema de gestão",
                "description": "Redigir uma política para a cadeia de abastecimento, designar um responsável e criar os controlos internos."
            },
            "de": {
                "name": "Ein Managementsystem einrichten",
                "description": "Eine Lieferkettenpolitik verfassen, eine verantwortliche Person benennen und die internen Kontrollen aufbauen."
            },
            "nl": {
                "name": "Een managementsysteem opzetten",
                "description": "Een beleid voor de toeleveringsketen opstellen, iemand de verantwoordelijkheid geven en de interne controles inrichten."
            }
        },
        "map-supply-chain": {
            "es": {
                "name": "Mapear la cadena de suministro",
                "description": "Rastrear el origen de sus minerales, a través de sus proveedores, hasta las fundiciones y las minas."
            },
            "pt": {
                "name": "Mapear a cadeia de abastecimento",
                "description": "Rastrear a origem dos seus minerais, passando pelos fornecedores, até às fundições e às minas."
            },
            "de": {
                "name": "Die Lieferkette abbilden",
                "description": "Nachverfolgen, woher Ihre Minerale stammen: über die Lieferanten zurück bis zu den Hütten und Minen."
            },
            "nl": {
                "name": "De toeleveringsketen in kaart brengen",
                "description": "Nagaan waar uw mineralen vandaan komen, via uw leveranciers terug tot de smelterijen en mijnen."
            }
        },
        "assess-risks": {
            "es": {
                "name": "Evaluar los riesgos",
                "description": "Determinar qué proveedores y orígenes presentan riesgos de conflicto, abusos o corrupción."
            },
            "pt": {
                "name": "Avaliar os riscos",
                "description": "Determinar que fornecedores e origens apresentam riscos de conflito, abusos ou corrupção."
            },
            "de": {
                "name": "Risiken bewerten",
                "description": "Beurteilen, welche Lieferanten und Herkunftsorte Risiken von Konflikten, Menschenrechtsverletzungen oder Korruption bergen."
            },
            "nl": {
                "name": "Risico's beoordelen",
                "description": "Bepalen bij welke leveranciers en herkomstgebieden risico's op conflict, misstanden of corruptie bestaan."
            }
        },
        "respond-to-risks": {
            "es": {
                "name": "Responder a los riesgos",
                "description": "Decidir qué hacer ante un riesgo detectado: mitigarlo con los proveedores, suspender la relación o desvincularse."
            },
            "pt": {
                "name": "Responder aos riscos",
                "description": "Decidir o que fazer perante um risco identificado: mitigá-lo com os fornecedores, suspender a relação ou desvincular-se."
            },
            "de": {
                "name": "Auf Risiken reagieren",
                "description": "Entscheiden, wie mit einem festgestellten Risiko umzugehen ist: es mit den Lieferanten mindern, die Geschäftsbeziehung aussetzen oder sich zurückziehen."
            },
            "nl": {
                "name": "Op risico's reageren",
                "description": "Beslissen wat u doet met een gevonden risico: het samen met leveranciers beperken, de handel opschorten of de relatie beëindigen."
            }
        },
        "audit-and-certification": {
            "es": {
                "name": "Auditorías y certificación",
                "description": "Comprender las auditorías de fundiciones y refinerías, los programas de aseguramiento y los sistemas de certificación."
            },
            "pt": {
                "name": "Auditorias e certificação",
                "description": "Compreender as auditorias de fundições e refinarias, os programas de verificação e os sistemas de certificação."
            },
            "de": {
                "name": "Audits und Zertifizierung",
                "description": "Audits von Hütten und Raffinerien, Prüfprogramme und Zertifizierungssysteme verstehen."
            },
            "nl": {
                "name": "Audits en certificering",
                "description": "Audits van smelterijen en raffinaderijen, assuranceprogramma's en certificeringssystemen begrijpen."
            }
        },
        "report-publicly": {
            "es": {
                "name": "Informar públicamente",
                "description": "Publicar cada año lo que ha hecho en materia de debida diligencia, como esperan la Guía de la OCDE y la ley."
            },
            "pt": {
                "name": "Prestar contas publicamente",
                "description": "Publicar todos os anos o que fez em matéria de diligência devida, como esperam o Guia da OCDE e a lei."
            },
            "de": {
                "name": "Öffentlich berichten",
                "description": "Jedes Jahr veröffentlichen, was Sie zur Erfüllung Ihrer Sorgfaltspflichten getan haben, wie es der OECD-Leitfaden und das Gesetz erwarten."
            },
            "nl": {
                "name": "Openbaar rapporteren",
                "description": "Elk jaar publiceren wat u aan due diligence heeft gedaan, zoals de OESO-richtsnoeren en de wet verwachten."
            }
        },
        "engage-suppliers": {
            "es": {
                "name": "Involucrar a los proveedores",
                "description": "Pedir información a los proveedores, fijar expectativas en los contratos y ayudarles a mejorar."
            },
            "pt": {
                "name": "Envolver os fornecedores",
                "description": "Pedir informações aos fornecedores, definir expectativas nos contratos e ajudá-los a melhorar."
            },
            "de": {
                "name": "Lieferanten einbinden",
                "description": "Lieferanten um Informationen bitten, Erwartungen in Verträgen festlegen und sie bei Verbesserungen unterstützen."
            },
            "nl": {
                "name": "Leveranciers betrekken",
                "description": "Leveranciers om informatie vragen, verwachtingen in contracten vastleggen en hen helpen verbeteren."
            }
        },
        "support-responsible-mining": {
            "es": {
                "name": "Apoyar la minería responsable",
                "description": "Abastecerse de programas que mejoran las condiciones en las minas, invertir en ellos o apoyarlos."
            },
            "pt": {
                "name": "Apoiar a mineração responsável",
                "description": "Abastecer-se junto de programas que melhoram as condições nas minas, investir neles ou apoiá-los."
            },
            "de": {
                "name": "Verantwortungsvollen Bergbau unterstützen",
                "description": "Aus Programmen beziehen, die die Bedingungen in den Abbaustätten verbessern, in sie investieren oder sie unterstützen."
            },
            "nl": {
                "name": "Verantwoorde mijnbouw steunen",
                "description": "Inkopen bij, investeren in of steun geven aan programma's die de omstandigheden op mijnlocaties verbeteren."
            }
        },
        "learn-from-peers": {
            "es": {
                "name": "Aprender de otras empresas",
                "description": "Ver cómo lo han hecho otras empresas, grandes y pequeñas: estudios de caso y lecciones aprendidas."
            },
            "pt": {
                "name": "Aprender com outras empresas",
                "description": "Ver como outras empresas, grandes e pequenas, o fizeram: estudos de caso e lições aprendidas."
            },
            "de": {
                "name": "Von anderen Unternehmen lernen",
                "description": "Sehen, wie andere Unternehmen, große und kleine, vorgegangen sind: Fallstudien und Erfahrungen."
            },
            "nl": {
                "name": "Leren van andere bedrijven",
                "description": "Zien hoe andere bedrijven, groot en klein, het hebben aangepakt: casestudy's en geleerde lessen."
            }
        }
    },
    "eprm_hub.resourcetype": {
        "guidance": {
            "es": {
                "name": "Guía"
            },
            "pt": {
                "name": "Guia"
            },
            "de": {
                "name": "Leitfaden"
            },
            "nl": {
                "name": "Leidraad"
            }
        },
        "regulation": {
            "es": {
                "name": "Normativa"
            },
            "pt": {
                "name": "Regulamentação"
            },
            "de": {
                "name": "Rechtsvorschrift"
            },
            "nl": {
                "name": "Regelgeving"
            }
        },
        "tool": {
            "es": {
                "name": "Herramienta"
            },
            "pt": {
                "name": "Ferramenta"
            },
            "de": {
                "name": "Werkzeug"
            },
            "nl": {
                "name": "Hulpmiddel"
            }
        },
        "template": {
            "es": {
                "name": "Plantilla"
            },
            "pt": {
                "name": "Modelo"
            },
            "de": {
                "name": "Vorlage"
            },
            "nl": {
                "name": "Sjabloon"
            }
        },
        "standard": {
            "es": {
                "name": "Norma"
            },
            "pt": {
                "name": "Norma"
            },
            "de": {
                "name": "Standard"
            },
            "nl": {
                "name": "Standaard"
            }
        },
        "training": {
            "es": {
                "name": "Formación"
            },
            "pt": {
                "name": "Formação"
            },
            "de": {
                "name": "Schulung"
            },
            "nl": {
                "name": "Training"
            }
        },
        "report": {
            "es": {
                "name": "Informe"
            },
            "pt": {
                "name": "Relatório"
            },
            "de": {
                "name": "Bericht"
            },
            "nl": {
                "name": "Rapport"
            }
        },
        "case-study": {
            "es": {
                "name": "Estudio de caso"
            },
            "pt": {
                "name": "Estudo de caso"
            },
            "de": {
                "name": "Fallstudie"
            },
            "nl": {
                "name": "Casestudy"
            }
        },
        "database": {
            "es": {
                "name": "Base de datos"
            },
            "pt": {
                "name": "Base de dados"
            },
            "de": {
                "name": "Datenbank"
            },
            "nl": {
                "name": "Database"
            }
        },
        "website": {
            "es": {
                "name": "Sitio web"
            },
            "pt": {
                "name": "Site"
            },
            "de": {
                "name": "Website"
            },
            "nl": {
                "name": "Website"
            }
        }
    },
    "eprm_hub.region": {
        "global": {
            "es": {
                "name": "Mundial"
            },
            "pt": {
                "name": "Mundial"
            },
            "de": {
                "name": "Weltweit"
            },
            "nl": {
                "name": "Wereldwijd"
            }
        },
        "europe": {
            "es": {
                "name": "Europa"
            },
            "pt": {
                "name": "Europa"
            },
            "de": {
                "name": "Europa"
            },
            "nl": {
                "name": "Europa"
            }
        },
        "africa": {
            "es": {
                "name": "África"
            },
            "pt": {
                "name": "África"
            },
            "de": {
                "name": "Afrika"
            },
            "nl": {
                "name": "Afrika"
            }
        },
        "central-africa": {
            "es": {
                "name": "África Central"
            },
            "pt": {
                "name": "África Central"
            },
            "de": {
                "name": "Zentralafrika"
            },
            "nl": {
                "name": "Centraal-Afrika"
            }
        },
        "east-africa": {
            "es": {
                "name": "África Oriental"
            },
            "pt": {
                "name": "África Oriental"
            },
            "de": {
                "name": "Ostafrika"
            },
            "nl": {
                "name": "Oost-Afrika"
            }
        },
        "west-africa": {
            "es": {
                "name": "África Occidental"
            },
            "pt": {
                "name": "África Ocidental"
            },
            "de": {
                "name": "Westafrika"
            },
            "nl": {
                "name": "West-Afrika"
            }
        },
        "great-lakes": {
            "es": {
                "name": "Región de los Grandes Lagos"
            },
            "pt": {
                "name": "Região dos Grandes Lagos"
            },
            "de": {
                "name": "Region der Großen Seen"
            },
            "nl": {
                "name": "Grote Merengebied"
            }
        },
        "latin-america": {
            "es": {
                "name": "América Latina"
            },
            "pt": {
                "name": "América Latina"
            },
            "de": {
                "name": "Lateinamerika"
            },
            "nl": {
                "name": "Latijns-Amerika"
            }
        },
        "north-america": {
            "es": {
                "name": "América del Norte"
            },
            "pt": {
                "name": "América do Norte"
            },
            "de": {
                "name": "Nordamerika"
            },
            "nl": {
                "name": "Noord-Amerika"
            }
        },
        "asia": {
            "es": {
                "name": "Asia"
            },
            "pt": {
                "name": "Ásia"
            },
            "de": {
                "name": "Asien"
            },
            "nl": {
                "name": "Azië"
            }
        }
    },
    "eprm_hub.sdg": {
        "1": {
            "es": {
                "name": "Fin de la pobreza"
            },
            "pt": {
                "name": "Erradicar a pobreza"
            },
            "de": {
                "name": "Keine Armut"
            },
            "nl": {
                "name": "Geen armoede"
            }
        },
        "2": {
            "es": {
                "name": "Hambre cero"
            },
            "pt": {
                "name": "Erradicar a fome"
            },
            "de": {
                "name": "Kein Hunger"
            },
            "nl": {
                "name": "Geen honger"
            }
        },
        "3": {
            "es": {
                "name": "Salud y bienestar"
            },
            "pt": {
                "name": "Saúde de qualidade"
            },
            "de": {
                "name": "Gesundheit und Wohlergehen"
            },
            "nl": {
                "name": "Goede gezondheid en welzijn"
            }
        },
        "4": {
            "es": {
                "name": "Educación de calidad"
            },
            "pt": {
                "name": "Educação de qualidade"
            },
            "de": {
                "name": "Hochwertige Bildung"
            },
            "nl": {
                "name": "Kwaliteitsonderwijs"
            }
        },
        "5": {
            "es": {
                "name": "Igualdad de género"
            },
            "pt": {
                "name": "Igualdade de género"
            },
            "de": {
                "name": "Geschlechtergleichheit"
            },
            "nl": {
                "name": "Gendergelijkheid"
            }
        },
        "6": {
            "es": {
                "name": "Agua limpia y saneamiento"
            },
            "pt": {
                "name": "Água potável e saneamento"
            },
            "de": {
                "name": "Sauberes Wasser und Sanitäreinrichtungen"
            },
            "nl": {
                "name": "Schoon water en sanitair"
            }
        },
        "7": {
            "es": {
                "name": "Energía asequible y no contaminante"
            },
            "pt": {
                "name": "Energias renováveis e acessíveis"
            },
            "de": {
                "name": "Bezahlbare und saubere Energie"
            },
            "nl": {
                "name": "Betaalbare en duurzame energie"
            }
        },
        "8": {
            "es": {
                "name": "Trabajo decente y crecimiento económico"
            },
            "pt": {
                "name": "Trabalho digno e crescimento económico"
            },
            "de": {
                "name": "Menschenwürdige Arbeit und Wirtschaftswachstum"
            },
            "nl": {
                "name": "Waardig werk en economische groei"
            }
        },
        "9": {
            "es": {
                "name": "Industria, innovación e infraestructura"
            },
            "pt": {
                "name": "Indústria, inovação e infraestruturas"
            },
            "de": {
                "name": "Industrie, Innovation und Infrastruktur"
            },
            "nl": {
                "name": "Industrie, innovatie en infrastructuur"
            }
        },
        "10": {
            "es": {
                "name": "Reducción de las desigualdades"
            },
            "pt": {
                "name": "Reduzir as desigualdades"
            },
            "de": {
                "name": "Weniger Ungleichheiten"
            },
            "nl": {
                "name": "Ongelijkheid verminderen"
            }
        },
        "11": {
            "es": {
                "name": "Ciudades y comunidades sostenibles"
            },
            "pt": {
                "name": "Cidades e comunidades sustentáveis"
            },
            "de": {
                "name": "Nachhaltige Städte und Gemeinden"
            },
            "nl": {
                "name": "Duurzame steden en gemeenschappen"
            }
        },
        "12": {
            "es": {
                "name": "Producción y consumo responsables"
            },
            "pt": {
                "name": "Produção e consumo sustentáveis"
            },
            "de": {
                "name": "Nachhaltige/r Konsum und Produktion"
            },
            "nl": {
                "name": "Verantwoorde consumptie en productie"
            }
        },
        "13": {
            "es": {
                "name": "Acción por el clima"
            },
            "pt": {
                "name": "Ação climática"
            },
            "de": {
                "name": "Maßnahmen zum Klimaschutz"
            },
            "nl": {
                "name": "Klimaatactie"
            }
        },
        "14": {
            "es": {
                "name": "Vida submarina"
            },
            "pt": {
                "name": "Proteger a vida marinha"
            },
            "de": {
                "name": "Leben unter Wasser"
            },
            "nl": {
                "name": "Leven in het water"
            }
        },
        "15": {
            "es": {
                "name": "Vida de ecosistemas terrestres"
            },
            "pt": {
                "name": "Proteger a vida terrestre"
            },
            "de": {
                "name": "Leben an Land"
            },
            "nl": {
                "name": "Leven op het land"
            }
        },
        "16": {
            "es": {
                "name": "Paz, justicia e instituciones sólidas"
            },
            "pt": {
                "name": "Paz, justiça e instituições eficazes"
            },
            "de": {
                "name": "Frieden, Gerechtigkeit und starke Institutionen"
            },
            "nl": {
                "name": "Vrede, justitie en sterke publieke diensten"
            }
        },
        "17": {
            "es": {
                "name": "Alianzas para lograr los objetivos"
            },
            "pt": {
                "name": "Parcerias para a implementação dos objetivos"
            },
            "de": {
                "name": "Partnerschaften zur Erreichung der Ziele"
            },
            "nl": {
                "name": "Partnerschap om doelstellingen te bereiken"
            }
        }
    }
}

LANGUAGES = ["es", "pt", "de", "nl"]


def seed(apps, schema_editor):
    db = schema_editor.connection.alias
    for label, terms in TRANSLATIONS.items():
        rows = apps.get_model(*label.split(".")).objects.using(db)
        for term in rows.filter(slug__in=terms):
            term.translations = {**(term.translations or {}), **terms[term.slug]}
            term.save(update_fields=["translations"])


def unseed(apps, schema_editor):
    db = schema_editor.connection.alias
    for label in TRANSLATIONS:
        for term in apps.get_model(*label.split(".")).objects.using(db).all():
            kept = {k: v for k, v in (term.translations or {}).items() if k not in LANGUAGES}
            term.translations = kept
            term.save(update_fields=["translations"])


class Migration(migrations.Migration):
    dependencies = [("eprm_hub", "0011_thesaurus_german_dutch")]

    operations = [migrations.RunPython(seed, unseed)]
