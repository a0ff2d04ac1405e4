# Dutch documents 021-026
DOCS = []

T = """OM onderzoekt vermeend Chinees politiebureau in Haarlem

De politie heeft dinsdag een pand in de Haarlemse wijk Schalkwijk doorzocht in een strafrechtelijk onderzoek naar een vermoedelijk illegaal Chinees 'politiebureau'. Dat meldt het Openbaar Ministerie. Er is niemand aangehouden.

In het pand, een kantoor boven een toko aan het Floridaplein, zou sinds 2021 een zogeheten 'overzees servicestation' actief zijn. Volgens documenten die deze site heeft ingezien, werd de locatie opgezet door het bureau voor openbare veiligheid van Zhangpu, een district in de provincie Fujian. Het station zou Chinezen in Noord-Holland helpen met het verlengen van rijbewijzen, maar ook contact hebben opgenomen met landgenoten die in China worden gezocht.

Een tweede locatie zou in Leiden zijn gevestigd. Het OM wil daar niets over zeggen.

Minister van Buitenlandse Zaken heeft de Chinese ambassadeur woensdag ontboden. 'Dit soort activiteiten is in Nederland niet toegestaan', liet het ministerie weten.

De Chinese ambassade in Den Haag noemt de berichtgeving 'ongegrond'. Er zouden in Haarlem alleen vrijwilligers werken, die ouderen helpen met formulieren. 'Er zijn in Nederland geen Chinese politieposten.'
"""
DOCS.append(("021-nl-news-haarlem-zhangpu.txt", T, [
    dict(kind="station", country="NL", place="Haarlem", operator="Zhangpu", date="2021",
         ev="Volgens documenten die deze site heeft ingezien, werd de locatie opgezet door het bureau voor openbare veiligheid van Zhangpu, een district in de provincie Fujian.",
         note="site: office above a shop at the Floridaplein, Schalkwijk"),
    dict(kind="response", country="NL", action="investigation", place="Haarlem",
         ev="De politie heeft dinsdag een pand in de Haarlemse wijk Schalkwijk doorzocht in een strafrechtelijk onderzoek naar een vermoedelijk illegaal Chinees 'politiebureau'."),
    dict(kind="response", country="NL", action="arrest", polarity="denied", optional=True,
         ev="Er is niemand aangehouden."),
    dict(kind="incident", incident_type="persuasion", country="NL", optional=True,
         ev="maar ook contact hebben opgenomen met landgenoten die in China worden gezocht", note="general, no case"),
    dict(kind="station", country="NL", place="Leiden",
         ev="Een tweede locatie zou in Leiden zijn gevestigd."),
    dict(kind="response", country="NL", action="protest",
         ev="Minister van Buitenlandse Zaken heeft de Chinese ambassadeur woensdag ontboden."),
    dict(kind="denial", country="CN", claimant="Chinese Embassy in the Netherlands",
         ev="De Chinese ambassade in Den Haag noemt de berichtgeving 'ongegrond'."),
    dict(kind="station", country="NL", polarity="denied", optional=True, claimant="Chinese Embassy in the Netherlands",
         ev="'Er zijn in Nederland geen Chinese politieposten.'"),
]))

T = """Federaal parket onderzoekt Chinese 'politiepost' in Luik

Het federaal parket heeft een onderzoek geopend naar een vermeende Chinese politiepost in Luik. Speurders hebben maandag een huiszoeking uitgevoerd in een vzw in het centrum van de stad, bevestigt het parket aan onze redactie. Er werden geen arrestaties verricht.

Volgens de Staatsveiligheid (VSSE) wordt de post aangestuurd door het bureau voor openbare veiligheid van Longhai, een stad in de Chinese provincie Fujian. Ze zou sinds 2020 actief zijn en officieel Chinezen in Wallonië helpen met administratieve zaken.

Het onderzoek kwam op gang na de klacht van een Chinese zakenman uit Seraing. Zijn broer, die een restaurant uitbaatte in de buurt, werd vorig jaar door twee mannen naar de luchthaven van Zaventem gebracht en op een vlucht naar Xiamen gezet. Sindsdien heeft de familie niets meer van hem gehoord.

Minister van Buitenlandse Zaken heeft de Chinese ambassadeur op het matje geroepen. 'Wie in België woont, valt onder Belgische wetten, niet onder die van een ander land', klinkt het.

Ook in Oostende zou een tweede post zijn geweest, maar die is volgens de VSSE eind vorig jaar uit zichzelf gestopt.

De Chinese ambassade in Brussel verwerpt de beschuldigingen. Het gaat volgens haar om 'vrijwilligers die landgenoten helpen met hun rijbewijs', en 'niet om politie'.
"""
DOCS.append(("022-nl-be-news-liege-longhai.txt", T, [
    dict(kind="response", country="BE", action="investigation", place="Liège", place_alt=["Luik"],
         ev="Het federaal parket heeft een onderzoek geopend naar een vermeende Chinese politiepost in Luik."),
    dict(kind="response", country="BE", action="arrest", polarity="denied", optional=True,
         ev="Er werden geen arrestaties verricht."),
    dict(kind="station", country="BE", place="Liège", place_alt=["Luik", "Liege"], operator="Longhai", date="2020", claimant="VSSE",
         ev="Volgens de Staatsveiligheid (VSSE) wordt de post aangestuurd door het bureau voor openbare veiligheid van Longhai, een stad in de Chinese provincie Fujian."),
    dict(kind="incident", incident_type="forced_return", country="BE", place="Seraing",
         ev="Zijn broer, die een restaurant uitbaatte in de buurt, werd vorig jaar door twee mannen naar de luchthaven van Zaventem gebracht en op een vlucht naar Xiamen gezet."),
    dict(kind="response", country="BE", action="protest",
         ev="Minister van Buitenlandse Zaken heeft de Chinese ambassadeur op het matje geroepen."),
    dict(kind="station", country="BE", place="Ostend", place_alt=["Oostende"], claimant="VSSE",
         ev="Ook in Oostende zou een tweede post zijn geweest, maar die is volgens de VSSE eind vorig jaar uit zichzelf gestopt."),
    dict(kind="response", country="BE", action="closure", place="Ostend", optional=True, claimant="VSSE",
         ev="Ook in Oostende zou een tweede post zijn geweest, maar die is volgens de VSSE eind vorig jaar uit zichzelf gestopt.", note="stopped by itself"),
    dict(kind="denial", country="CN", claimant="Chinese Embassy in Belgium",
         ev="De Chinese ambassade in Brussel verwerpt de beschuldigingen."),
    dict(kind="station", country="BE", place="Liège", polarity="denied", optional=True, claimant="Chinese Embassy in Belgium",
         ev="Het gaat volgens haar om 'vrijwilligers die landgenoten helpen met hun rijbewijs', en 'niet om politie'."),
]))
