"""Answers written and labelled by hand for the shipped lists roadmap and vonk_dilbeek: the examples the
grouping assistant learns from in every installation (facilitation/grouping.py, WordModel). They are
the labelled sets of bench/data/ (grouping_answers, grouping_tuning_2, grouping_seed_sentences,
grouping_fresh, grouping_blind, grouping_blind_2, grouping_blind_3, grouping_writer_6: six writers and
sentences of the source documents, quotes, phone-style answers, English and French), never an answer of a
trajectory; written here by `bench/grouping.py --examples`. One line per answer, tab-separated: the roadmap
domain, the VONK Dilbeek domain ("-": not labelled for that list), the text.
"""

EXAMPLES = """
Inkomen en gezondheid	Inkomen	Genoeg inkomen zodat je op het einde van de maand niet moet kiezen tussen eten en de rekeningen.
Wonen	Huisvesting	Een betaalbare huurwoning zonder vocht en schimmel.
Onderwijs en vrije tijd	Onderwijs	Dat de school rekening houdt met wat een schooluitstap kost.
Kinderopvang en opvoeding	Kinderopvang	Een plaats in de kinderopvang, ook als je nog geen werk hebt.
Communicatie en netwerkvorming	Welbevinden	Iemand bij wie je terecht kan als het even niet meer gaat.
Onderwijs en vrije tijd	Vrije tijd	Dat elk kind lid kan worden van een sportclub of jeugdbeweging.
Inkomen en gezondheid	Gezondheid	Een huisarts die tijd neemt en waar je niet meteen moet betalen.
Communicatie en netwerkvorming	Welbevinden	Niet veroordeeld worden omdat je weinig geld hebt.
Wonen	Huisvesting	Een woning waar het 's winters warm is zonder dat de energiefactuur ontploft.
Kinderopvang en opvoeding	Opvoeding	Steun bij de opvoeding zonder dat je schrik moet hebben dat ze je kinderen afnemen.
Onderwijs en vrije tijd	Onderwijs	Huiswerkbegeleiding voor kinderen van wie de ouders geen Nederlands spreken.
Inkomen en gezondheid	Inkomen	Hulp bij het invullen van papieren om je rechten te krijgen, zoals de verhoogde tegemoetkoming.
Communicatie en netwerkvorming	Welbevinden	Andere mama's ontmoeten die hetzelfde meemaken, zodat je je niet alleen voelt.
Inkomen en gezondheid	Werk	Een job met een uurrooster dat past bij de schooluren van de kinderen.
Wonen	Huisvesting	Minder lang op de wachtlijst voor een sociale woning.
Kinderopvang en opvoeding	Kinderopvang	Opvang na school voor kinderen van werkende ouders.
Onderwijs en vrije tijd	Onderwijs	Gratis boeken en schoolgerief aan het begin van het schooljaar.
Inkomen en gezondheid	Gezondheid	Gezonde voeding die betaalbaar is, verse groenten en fruit.
Communicatie en netwerkvorming	Welbevinden	Vertrouwen in de hulpverleners, dat ze je niet beoordelen.
Onderwijs en vrije tijd	Vrije tijd	Kinderen moeten kunnen meegaan op kamp met de jeugdbeweging.
Kinderopvang en opvoeding	Opvoeding	Een plek waar ouders tips uitwisselen over de opvoeding van hun kinderen.
Wonen	Huisvesting	Een huisbaas die herstellingen uitvoert en niet dreigt met opzeg.
Inkomen en gezondheid	Inkomen	Schuldhulpverlening voor je in de collectieve schuldbemiddeling terechtkomt.
Communicatie en netwerkvorming	Welbevinden	Dat de gemeente informatie geeft in eenvoudige taal.
Onderwijs en vrije tijd	Onderwijs	Leerkrachten die begrijpen waarom een kind zonder ontbijt naar school komt.
Inkomen en gezondheid	Gezondheid	Een tandarts waar je zonder lange wachttijd terechtkan.
Kinderopvang en opvoeding	Kinderopvang	Kinderopvang met een inkomenstarief, zodat het betaalbaar blijft.
Communicatie en netwerkvorming	Welbevinden	Een vaste contactpersoon die je kent en die je niet telkens opnieuw je verhaal laat doen.
Wonen	Huisvesting	Hulp bij het zoeken naar een woning als je uit huis gezet wordt.
Onderwijs en vrije tijd	Vrije tijd	Een zwembad en speelpleinwerking die niet te duur zijn in de zomer.
Inkomen en gezondheid	Inkomen	Een leefloon waarmee je echt kan rondkomen.
Kinderopvang en opvoeding	Opvoeding	Een opvoedingswinkel waar je met al je vragen terechtkan.
Communicatie en netwerkvorming	Welbevinden	Dat mensen in de wachtzaal vriendelijk en met respect ontvangen worden.
Inkomen en gezondheid	Werk	Een opleiding volgen met behoud van uitkering om later beter werk te vinden.
Onderwijs en vrije tijd	Onderwijs	Dat kinderen niet blijven zitten omdat ze thuis geen computer hebben.
Wonen	Huisvesting	Een veilige buurt met speelruimte dicht bij huis.
Kinderopvang en opvoeding	Kinderopvang	Genoeg onthaalouders in de gemeente, met korte wachtlijsten.
Communicatie en netwerkvorming	Welbevinden	Buren die elkaar helpen en op elkaars kinderen letten.
Inkomen en gezondheid	Gezondheid	Psychologische hulp voor mama's met een depressie.
Onderwijs en vrije tijd	Vrije tijd	Muziekschool of tekenacademie voor een kleine prijs.
Inkomen en gezondheid	Inkomen	Het groeipakket op tijd en zonder ingewikkelde papieren.
Kinderopvang en opvoeding	Opvoeding	Iemand van het Huis van het Kind die aan huis komt na de geboorte.
Wonen	Huisvesting	Een huis met genoeg slaapkamers zodat de kinderen niet met vier op één kamer slapen.
Communicatie en netwerkvorming	Welbevinden	Dat de diensten samenwerken zodat je niet van het kastje naar de muur wordt gestuurd.
Onderwijs en vrije tijd	Onderwijs	Een school die ouders betrekt, ook als ze zelf weinig naar school zijn geweest.
Inkomen en gezondheid	Inkomen	Betaalbare energie en water, zonder budgetmeter.
Kinderopvang en opvoeding	Opvoeding	Ondersteuning voor alleenstaande ouders die er alleen voor staan.
Inkomen en gezondheid	Werk	Werk vinden dat genoeg opbrengt, niet alleen interimjobs.
Onderwijs en vrije tijd	Vrije tijd	Vrijetijdsaanbod waar kinderen samen spelen, los van wat hun ouders verdienen.
Communicatie en netwerkvorming	Welbevinden	Een buddy die met je meegaat naar het OCMW.
Wonen	Huisvesting	Een woonbegeleider die helpt als het huis niet in orde is.
Inkomen en gezondheid	Gezondheid	Een medische kaart zodat de dokter meteen betaald is.
Kinderopvang en opvoeding	Kinderopvang	Een crèche die ook open is als je vroege of late shiften hebt.
Onderwijs en vrije tijd	Onderwijs	Extra uitleg in de klas voor kinderen die moeite hebben met lezen.
Communicatie en netwerkvorming	Welbevinden	Dat ouders mee mogen beslissen over wat de gemeente doet.
Inkomen en gezondheid	Inkomen	Een sociaal tarief zonder dat je het zelf moet aanvragen.
Kinderopvang en opvoeding	Opvoeding	Dat ouders zich gesteund voelen in hun rol en niet gestraft worden als het moeilijk gaat.
Wonen	Huisvesting	Energiepremies voor huurders, niet alleen voor eigenaars.
Onderwijs en vrije tijd	Vrije tijd	Een UiTPAS met kansentarief voor uitstappen met het gezin.
Communicatie en netwerkvorming	Welbevinden	Een ontmoetingsplaats in de wijk waar je gewoon een koffie kan drinken.
Inkomen en gezondheid	Gezondheid	Dat je niet moet uitstellen naar de dokter te gaan omdat je geen geld hebt.
Onderwijs en vrije tijd	Onderwijs	Een diploma halen, ook als je vroeg bent gestopt met school.
Kinderopvang en opvoeding	Kinderopvang	Kinderopvang zonder wachtlijst wanneer je een sollicitatiegesprek hebt.
Inkomen en gezondheid	Werk	De VDAB die je helpt een job te vinden in de buurt.
Wonen	Huisvesting	Een huurwaarborg die je niet in één keer moet betalen.
Communicatie en netwerkvorming	Welbevinden	Geen schaamte meer om hulp te vragen.
Kinderopvang en opvoeding	Opvoeding	Hulp aan huis als mama ziek is en de kinderen toch verzorgd moeten worden.
Onderwijs en vrije tijd	Vrije tijd	Speelpleinen en jeugdhuizen die open zijn in de vakanties.
Inkomen en gezondheid	Inkomen	Een budgetbeheerder die met je meedenkt in plaats van over je te beslissen.
Communicatie en netwerkvorming	Welbevinden	Folders die ook in andere talen te krijgen zijn.
Onderwijs en vrije tijd	Onderwijs	Dat de leerkracht weet hoe het thuis gaat en daar rekening mee houdt.
Inkomen en gezondheid	Gezondheid	Een brilletje voor mijn dochter zonder maanden te moeten sparen.
Wonen	Huisvesting	Dat de woonmaatschappij snel komt als er schimmel op de muren staat.
Kinderopvang en opvoeding	Kinderopvang	Naschoolse opvang die niet te duur is.
Communicatie en netwerkvorming	Welbevinden	Als moeder gezien worden voor wat je wel kan, niet voor wat er misloopt.
Inkomen en gezondheid	Werk	Een werkgever die begrip heeft als je kind ziek is.
Onderwijs en vrije tijd	Vrije tijd	Kinderen moeten kunnen sporten zonder dat de ouders het lidgeld niet kunnen betalen.
Kinderopvang en opvoeding	Opvoeding	Een consultatiebureau in de buurt waar je met je baby naartoe kan.
Inkomen en gezondheid	Inkomen	Kleding en schoenen voor de kinderen zonder dat de ouders zelf moeten inleveren.
Communicatie en netwerkvorming	Welbevinden	Een vertrouwenspersoon die je de dag voor de vergadering belt en nadien vraagt hoe het was.
Wonen	Huisvesting	Niet verhuizen naar een kot omdat het de enige woning is die je kan betalen.
Onderwijs en vrije tijd	Onderwijs	Schoolreizen die voor iedereen betaalbaar zijn.
Inkomen en gezondheid	Gezondheid	Begeleiding voor kinderen met angsten en stress, zonder wachtlijst van een jaar.
Kinderopvang en opvoeding	Opvoeding	Een cursus over hoe je grenzen stelt zonder te roepen.
Communicatie en netwerkvorming	Welbevinden	Dat je als ouder mee aan tafel zit en gehoord wordt.
Inkomen en gezondheid	Inkomen	Dat de facturen van school gespreid kunnen worden betaald.
Onderwijs en vrije tijd	Vrije tijd	Een bibliotheek met een warme plek om te lezen en huiswerk te maken.
Wonen	Huisvesting	Goedkoper huren via een sociaal verhuurkantoor.
Kinderopvang en opvoeding	Kinderopvang	Dat kinderen van ouders zonder werk ook naar de opvang mogen.
Communicatie en netwerkvorming	Welbevinden	Een plek waar papa's elkaar kunnen ontmoeten.
Inkomen en gezondheid	Werk	Hulp bij het zoeken naar werk, met iemand die je cv nakijkt.
Onderwijs en vrije tijd	Onderwijs	Minder schoolkosten, zodat ouders geen schulden maken aan de school.
Inkomen en gezondheid	Gezondheid	Dat je weet welke terugbetaling je van het ziekenfonds krijgt.
Communicatie en netwerkvorming	Welbevinden	De hulpverlening moet bereikbaar en bekend zijn.
Kinderopvang en opvoeding	Opvoeding	Ouders moeten weten bij wie ze terechtkunnen met vragen over hun kind.
Wonen	Huisvesting	Een dak boven je hoofd na een scheiding.
Onderwijs en vrije tijd	Vrije tijd	Dat kinderen mee kunnen op uitstap naar zee of een pretpark.
Inkomen en gezondheid	Inkomen	Een eerlijk inkomen voor wie alleen zijn kinderen grootbrengt.
Communicatie en netwerkvorming	Welbevinden	Een gemeente die proactief langskomt in plaats van te wachten tot je komt aankloppen.
Kinderopvang en opvoeding	Kinderopvang	Flexibele opvang voor als je plots moet gaan werken.
Onderwijs en vrije tijd	Onderwijs	Kleuters die op tijd naar de kleuterschool gaan.
Inkomen en gezondheid	Gezondheid	Meer zorg voor de mentale gezondheid van ouders.
Wonen	Huisvesting	Dat je niet geweigerd wordt door een verhuurder omdat je een uitkering hebt.
Communicatie en netwerkvorming	Welbevinden	Kinderen moeten vriendjes kunnen meenemen naar huis zonder zich te schamen.
Inkomen en gezondheid	Werk	Een vast contract in plaats van telkens een dagcontract.
Kinderopvang en opvoeding	Opvoeding	Een gezinscoach die helpt met structuur in huis.
Onderwijs en vrije tijd	Vrije tijd	Gratis toegang tot de speeltuin en het zwembad voor grote gezinnen.
Inkomen en gezondheid	Inkomen	Dat het OCMW de kosten van de begrafenis helpt betalen.
Communicatie en netwerkvorming	Welbevinden	Een buurthuis waar iedereen welkom is.
Onderwijs en vrije tijd	Onderwijs	Taallessen Nederlands voor ouders op school.
Wonen	Huisvesting	Geen koude en vochtige slaapkamer meer voor de kinderen.
Kinderopvang en opvoeding	Kinderopvang	Een babysit als je naar een afspraak moet.
Wonen	Huisvesting	huur te duur
Onderwijs en vrije tijd	Vrije tijd	voetbal
Inkomen en gezondheid	Inkomen	geld
Kinderopvang en opvoeding	Kinderopvang	creche
Inkomen en gezondheid	Gezondheid	dokter
Onderwijs en vrije tijd	Onderwijs	schoolgerief
Wonen	Huisvesting	een woonig zonder schimmel
Communicatie en netwerkvorming	Welbevinden	vrienden
Inkomen en gezondheid	Werk	werk!!
Kinderopvang en opvoeding	Opvoeding	opvoedingsondersteuning
Onderwijs en vrije tijd	Vrije tijd	zwemmen en sport
Inkomen en gezondheid	Inkomen	minder schulden
Wonen	Huisvesting	sociale woning
Onderwijs en vrije tijd	Onderwijs	huiswrk hulp
Kinderopvang en opvoeding	Kinderopvang	kinderopvang is te duur en vol
Communicatie en netwerkvorming	Welbevinden	meer contact met de buren
Inkomen en gezondheid	Gezondheid	tandarts is te duur
Onderwijs en vrije tijd	Vrije tijd	speelplein in de zomervakantie
Wonen	Huisvesting	verwarmig
Inkomen en gezondheid	Inkomen	leefloon te laag
Kinderopvang en opvoeding	Opvoeding	ne goeie opvoeding
Onderwijs en vrije tijd	Onderwijs	goei school
Inkomen en gezondheid	Werk	een vaste job
Communicatie en netwerkvorming	Welbevinden	niet alleen zijn
Wonen	Huisvesting	een huis met een tuintje
Onderwijs en vrije tijd	Vrije tijd	jeugdbeweeging chiro
Inkomen en gezondheid	Gezondheid	medicatie betalen
Kinderopvang en opvoeding	Kinderopvang	onthaalmoeder
Onderwijs en vrije tijd	Onderwijs	juf die luistert
Inkomen en gezondheid	Inkomen	elke maand tekort
Wonen	Huisvesting	geen kot meer
Communicatie en netwerkvorming	Welbevinden	respect!
Onderwijs en vrije tijd	Vrije tijd	scouts
Inkomen en gezondheid	Werk	werkloos, zoek werk
Kinderopvang en opvoeding	Opvoeding	hulp met de kindjes opvoeden
Onderwijs en vrije tijd	Onderwijs	boekentas en schoolreis betalen
Inkomen en gezondheid	Gezondheid	ziekenhuis factuur
Wonen	Huisvesting	woning renoveren
Communicatie en netwerkvorming	Welbevinden	info op de website van de gemeente
Inkomen en gezondheid	Inkomen	rekeningen betalen
Onderwijs en vrije tijd	Vrije tijd	muziekles
Kinderopvang en opvoeding	Kinderopvang	opvang woensdagmiddag
Wonen	Huisvesting	schimmel
Inkomen en gezondheid	Werk	interim
Onderwijs en vrije tijd	Onderwijs	diploma
Communicatie en netwerkvorming	Welbevinden	stress
Inkomen en gezondheid	Gezondheid	psycholoog
Kinderopvang en opvoeding	Opvoeding	ruzie thuis met mijne zoon
Onderwijs en vrije tijd	Vrije tijd	sportkamp
Inkomen en gezondheid	Inkomen	kinderbijslag
Wonen	Huisvesting	huurprijzen zakken
Communicatie en netwerkvorming	Welbevinden	vertrouwen
Onderwijs en vrije tijd	Onderwijs	school
Kinderopvang en opvoeding	Kinderopvang	kribbe
Inkomen en gezondheid	Gezondheid	gezond eten
Inkomen en gezondheid	Werk	sollicitere
Wonen	Huisvesting	te klein appartement
Onderwijs en vrije tijd	Vrije tijd	turnen
Communicatie en netwerkvorming	Welbevinden	eenzaam
Inkomen en gezondheid	Inkomen	budgetmeter weg
Kinderopvang en opvoeding	Opvoeding	regels thuis
Onderwijs en vrije tijd	Onderwijs	leerkrachten
Wonen	Huisvesting	dakloos
Inkomen en gezondheid	Gezondheid	zieke kinderen
Onderwijs en vrije tijd	Vrije tijd	hobby
Communicatie en netwerkvorming	Welbevinden	samen iets doen met andere mama's
Kinderopvang en opvoeding	Kinderopvang	wachtlijst kinderopvang
Inkomen en gezondheid	Inkomen	loon
Wonen	Huisvesting	vocht in de muren
Onderwijs en vrije tijd	Onderwijs	klas
Inkomen en gezondheid	Werk	vdab
Communicatie en netwerkvorming	Welbevinden	gelukkig zijn
Kinderopvang en opvoeding	Opvoeding	oppas ouderschap cursus
Onderwijs en vrije tijd	Vrije tijd	speeltuin
Wonen	Huisvesting	huisbaas
Inkomen en gezondheid	Gezondheid	zorg
Wonen	Huisvesting	affordable housing without mould
Inkomen en gezondheid	Inkomen	enough money at the end of the month
Onderwijs en vrije tijd	Vrije tijd	sports club for my kids
Kinderopvang en opvoeding	Kinderopvang	une place à la crèche
Inkomen en gezondheid	Gezondheid	un médecin pas cher
Onderwijs en vrije tijd	Onderwijs	aide pour les devoirs
Inkomen en gezondheid	Werk	a job with hours that fit school times
Wonen	Huisvesting	un logement plus grand
Communicatie en netwerkvorming	Welbevinden	people who listen without judging
Inkomen en gezondheid	Inkomen	trop de dettes
Kinderopvang en opvoeding	Opvoeding	help with raising my children
Onderwijs en vrije tijd	Vrije tijd	des vacances pour les enfants
Onderwijs en vrije tijd	Onderwijs	a good school with kind teachers
Communicatie en netwerkvorming	Welbevinden	ne pas être seule
Inkomen en gezondheid	Gezondheid	dentist too expensive
Inkomen en gezondheid	Werk	trouver du travail
Inkomen en gezondheid	Inkomen	Dat je niet elke maand moet rekenen of je de huur en de boodschappen nog kan betalen.
Wonen	Huisvesting	Een sociale woning krijgen zonder jaren op een wachtlijst te staan.
Kinderopvang en opvoeding	Kinderopvang	Een onthaalmoeder in de buurt die ook flexibele uren heeft.
Onderwijs en vrije tijd	Onderwijs	Leerkrachten die tijd maken voor een gesprek met de ouders, ook als die de taal niet goed spreken.
Communicatie en netwerkvorming	Welbevinden	Dat de hulpverlening je aanspreekt als mens en niet als dossier.
Inkomen en gezondheid	Gezondheid	Dat een bezoek aan de tandarts voor de kinderen niet uitgesteld moet worden omdat het te duur is.
Onderwijs en vrije tijd	Vrije tijd	Dat mijn zoon mee kan naar de voetbaltraining zonder dat ik de hele uitrusting moet kopen.
Kinderopvang en opvoeding	Opvoeding	Iemand die thuis langskomt om te helpen als de baby veel huilt en je het niet meer ziet zitten.
Inkomen en gezondheid	Werk	Een werkgever die begrijpt dat je soms thuis moet blijven voor een ziek kind.
Communicatie en netwerkvorming	Welbevinden	Een plek in de wijk waar je binnen kan lopen voor een koffie en een babbel.
Wonen	Huisvesting	Een verhuurder die de verwarming herstelt voor de winter begint.
Inkomen en gezondheid	Inkomen	Hulp bij het invullen van de aanvraag voor de studietoelage.
Onderwijs en vrije tijd	Onderwijs	Dat de school geen extra kosten vraagt voor uitstappen en zwemmen.
Kinderopvang en opvoeding	Kinderopvang	Dat je kind naar de opvang kan terwijl je een opleiding volgt.
Inkomen en gezondheid	Gezondheid	Een psycholoog die je kan betalen, want de wachtlijsten in de geestelijke gezondheidszorg zijn veel te lang.
Communicatie en netwerkvorming	Welbevinden	Informatie over je rechten in gewone woorden, niet in moeilijke brieven.
Onderwijs en vrije tijd	Vrije tijd	Een speelplein in de zomervakantie waar alle kinderen welkom zijn.
Kinderopvang en opvoeding	Opvoeding	Ouders die bij elkaar terechtkunnen met vragen over de opvoeding van pubers.
Wonen	Huisvesting	Een woning dicht bij de school en de bushalte, zodat we geen auto nodig hebben.
Inkomen en gezondheid	Inkomen	Een afbetalingsplan voor de energiefactuur zodat we niet in de schulden komen.
Inkomen en gezondheid	Werk	Een job vinden ook al spreek je nog niet goed Nederlands.
Communicatie en netwerkvorming	Welbevinden	Dat je als ouder niet beschaamd hoeft te zijn als je om hulp vraagt.
Onderwijs en vrije tijd	Onderwijs	Extra uitleg voor kinderen die achterop raken in de klas.
Kinderopvang en opvoeding	Kinderopvang	Opvang op woensdagnamiddag en in de vakanties die niet te veel kost.
Inkomen en gezondheid	Gezondheid	Gezonde maaltijden op school, zodat elk kind minstens één warme maaltijd per dag krijgt.
Wonen	Huisvesting	Een huis waar de kinderen buiten kunnen spelen, met een tuintje of een pleintje in de buurt.
Communicatie en netwerkvorming	Welbevinden	Een vertrouwenspersoon die de dag voor de vergadering belt en achteraf vraagt hoe het was.
Onderwijs en vrije tijd	Vrije tijd	Dat de kinderen ook eens op reis of naar zee kunnen in de zomer.
Kinderopvang en opvoeding	Opvoeding	Een gezinscoach die naast je staat in plaats van je te controleren.
Inkomen en gezondheid	Inkomen	Een schuldbemiddelaar die je uitlegt waar je geld naartoe gaat.
Inkomen en gezondheid	Werk	Een werkplaats waar je op je eigen tempo weer kan beginnen werken.
Onderwijs en vrije tijd	Onderwijs	Een brugfiguur tussen school en thuis die onze taal spreekt.
Kinderopvang en opvoeding	Kinderopvang	Kinderopvang waar ze ook rekening houden met onze cultuur.
Communicatie en netwerkvorming	Welbevinden	Dat de gemeente naar ons luistert voor ze iets beslist.
Wonen	Huisvesting	Geen vochtige muren meer in de kamer van de kinderen.
Inkomen en gezondheid	Gezondheid	Een tussenkomst voor een bril of een hoorapparaat.
Onderwijs en vrije tijd	Vrije tijd	Een sportkamp waar je niet op voorhand het volle bedrag moet betalen.
Kinderopvang en opvoeding	Opvoeding	Een cursus over hoe je met je kinderen praat zonder te roepen.
Communicatie en netwerkvorming	Welbevinden	Een praatgroep voor mama's die er alleen voor staan.
Inkomen en gezondheid	Inkomen	Een premie bij de geboorte die echt helpt om de eerste kosten te dragen.
Wonen	Huisvesting	ne goeie woonst
Inkomen en gezondheid	Inkomen	genoeg centjes op't einde vd maand
Kinderopvang en opvoeding	Kinderopvang	plek in de creche
Onderwijs en vrije tijd	Vrije tijd	zwemles voor de kids
Inkomen en gezondheid	Gezondheid	tandarts is te duur
Communicatie en netwerkvorming	Welbevinden	ni alleen zijn
Onderwijs en vrije tijd	Onderwijs	hulp bij huiswerk
Inkomen en gezondheid	Werk	ne job
Kinderopvang en opvoeding	Opvoeding	hulp bij opvoedn
Wonen	Huisvesting	huur is te hoog
Communicatie en netwerkvorming	Welbevinden	iemand om mee te klappen
Onderwijs en vrije tijd	Vrije tijd	chiro of scouts
Inkomen en gezondheid	Inkomen	schulden afbetalen
Kinderopvang en opvoeding	Kinderopvang	opvang voor de kleinste
Inkomen en gezondheid	Gezondheid	dokter dicht bij huis
Onderwijs en vrije tijd	Onderwijs	schoolboeken gratis
Wonen	Huisvesting	appartement zonder schimmel
Communicatie en netwerkvorming	Welbevinden	respekt
Inkomen en gezondheid	Werk	werk dat past me de schooluren
Onderwijs en vrije tijd	Vrije tijd	speeltuin in de wijk
Kinderopvang en opvoeding	Opvoeding	tips voor de opvoeding van tieners
Inkomen en gezondheid	Inkomen	leefloon is te weinig
Onderwijs en vrije tijd	Onderwijs	juf die geduld heeft
Wonen	Huisvesting	grotere woning
Inkomen en gezondheid	Gezondheid	psycholoog gratis
Communicatie en netwerkvorming	Welbevinden	vriendn maken
Kinderopvang en opvoeding	Kinderopvang	kinderopvang betaalbaar
Onderwijs en vrije tijd	Vrije tijd	muziekles
Inkomen en gezondheid	Inkomen	kindergeld op tijd
Wonen	Huisvesting	verwarming die werkt
Communicatie en netwerkvorming	Welbevinden	info in simpele taal
Onderwijs en vrije tijd	Onderwijs	studiebegeleiding
Inkomen en gezondheid	Werk	werk zoeken via vdab
Kinderopvang en opvoeding	Opvoeding	opvoedingsondersteuning
Inkomen en gezondheid	Gezondheid	medicatie voor mijn dochter
Wonen	Huisvesting	een dak boven ons hoofd
Communicatie en netwerkvorming	Welbevinden	ne babbel met de buren
Onderwijs en vrije tijd	Vrije tijd	uitstapkes in de vakantie
Kinderopvang en opvoeding	Kinderopvang	onthaalmoeke
Inkomen en gezondheid	Inkomen	rekeningen betalen
Communicatie en netwerkvorming	Welbevinden	dat ze ni op ons neerkijken
Inkomen en gezondheid	Werk	vast kontrakt
Onderwijs en vrije tijd	Onderwijs	kleuterklas
Wonen	Huisvesting	woonst me tuin
Wonen	Huisvesting	A flat that is not damp and not too expensive.
Inkomen en gezondheid	Inkomen	Enough money for food at the end of the month.
Kinderopvang en opvoeding	Kinderopvang	A place at a daycare near my work.
Onderwijs en vrije tijd	Onderwijs	Help with homework after school.
Communicatie en netwerkvorming	Welbevinden	People who listen to me without judging.
Inkomen en gezondheid	Werk	A job with hours I can combine with my kids.
Onderwijs en vrije tijd	Vrije tijd	My children want to play football in a club.
Wonen	Huisvesting	Un logement sans moisissure pour mes enfants.
Inkomen en gezondheid	Gezondheid	Un médecin qui prend le temps de m'écouter.
Kinderopvang en opvoeding	Kinderopvang	Une place à la crèche pour mon bébé.
Onderwijs en vrije tijd	Onderwijs	Une école où les enseignants aident mon fils.
Inkomen en gezondheid	Inkomen	Des factures moins chères pour le gaz et l'électricité.
Communicatie en netwerkvorming	Welbevinden	Ne pas être seule avec mes problèmes.
Kinderopvang en opvoeding	Opvoeding	Du soutien pour élever mes enfants.
Kinderopvang en opvoeding	Opvoeding	Support with parenting when my son is angry all the time.
Inkomen en gezondheid	Gezondheid	Free dental care for children.
Onderwijs en vrije tijd	Onderwijs	De school zet in op kostenbeheersing, zodat de schoolfactuur voor geen enkel gezin een drempel vormt.
Wonen	Huisvesting	Het lokaal bestuur breidt het aanbod aan betaalbare huurwoningen uit en versterkt de samenwerking met het sociaal verhuurkantoor.
Inkomen en gezondheid	Inkomen	Gezinnen worden proactief geïnformeerd over hun rechten, zoals de verhoogde tegemoetkoming en de schooltoeslag, zodat ze automatisch worden toegekend.
Kinderopvang en opvoeding	Kinderopvang	Het aantal kinderopvangplaatsen met inkomensgerelateerde prijs wordt uitgebreid, met voorrang voor kwetsbare gezinnen.
Kinderopvang en opvoeding	Opvoeding	Het Huis van het Kind biedt laagdrempelige opvoedingsondersteuning aan in de wijk.
Onderwijs en vrije tijd	Vrije tijd	De jeugddienst en de sportdienst verlagen de drempels voor deelname aan het vrijetijdsaanbod.
Communicatie en netwerkvorming	Welbevinden	Er wordt een netwerk uitgebouwd van lokale partners, zodat gezinnen via één aanspreekpunt de weg vinden naar de hulpverlening.
Inkomen en gezondheid	Gezondheid	De preventieve gezondheidszorg voor jonge kinderen wordt beter bekend gemaakt bij gezinnen in armoede.
Inkomen en gezondheid	Werk	Ouders worden toegeleid naar werk of een opleiding, met aandacht voor de combinatie van gezin en arbeid.
Communicatie en netwerkvorming	Welbevinden	Ervaringsdeskundigen worden betrokken bij het beleid, zodat de stem van ouders gehoord wordt.
Onderwijs en vrije tijd	Onderwijs	Het aantal vroegtijdige schoolverlaters daalt en meer jongeren behalen een diploma secundair onderwijs.
Wonen	Huisvesting	Gezinnen die dreigen uit huis gezet te worden, worden tijdig begeleid om een uithuiszetting te voorkomen.
Inkomen en gezondheid	Inkomen	Het OCMW kent een aanvullende financiële steun toe aan gezinnen met een inkomen onder de armoedegrens.
Kinderopvang en opvoeding	Opvoeding	Jonge ouders krijgen vanaf de zwangerschap ondersteuning bij de opvoeding via het consultatiebureau.
Onderwijs en vrije tijd	Vrije tijd	Kinderen en jongeren uit kwetsbare gezinnen nemen vaker deel aan het aanbod van de jeugdbewegingen.
Communicatie en netwerkvorming	Welbevinden	Hulpverleners werken vanuit een krachtgerichte en respectvolle houding tegenover gezinnen.
Inkomen en gezondheid	Gezondheid	De drempel naar de geestelijke gezondheidszorg voor ouders en kinderen wordt verlaagd.
Wonen	Huisvesting	De kwaliteit van de woningen op de private huurmarkt wordt opgevolgd via conformiteitsonderzoeken.
Kinderopvang en opvoeding	Kinderopvang	Buitenschoolse opvang wordt georganiseerd op de schoolsite, zodat kinderen zich niet moeten verplaatsen.
Inkomen en gezondheid	Werk	Activering via sociale economie biedt ouders een eerste stap naar de arbeidsmarkt.
Onderwijs en vrije tijd	Onderwijs	Geen enkel probleem, maar mocht plan A niet lukken: maak ook jouw school af.
Kinderopvang en opvoeding	Opvoeding	Het is een project van integrale gezinsondersteuning.
Communicatie en netwerkvorming	Welbevinden	Naast een wekelijkse afspraak, zijn we vooral ook 24 uur op 24, 7 dagen op 7 bereikbaar via telefoon en WhatsApp.
Inkomen en gezondheid	Werk	Sommige jongeren zeggen: ‘Ik wil mijn eigen zaak opstarten!’.
Inkomen en gezondheid	Inkomen	Een belangrijke drempel voor ouders is het financiële aspect.
Onderwijs en vrije tijd	Vrije tijd	Ze kunnen volop experimenteren met dit speelgoed.
Onderwijs en vrije tijd	Vrije tijd	De maatregelen richten zich op het verhogen van de deelname aan cultuur, sport en informatie- en communicatietechnologie.
Kinderopvang en opvoeding	Opvoeding	Meer concreet richt het programma zich op het verbeteren van de inbreng die de ouders hebben in de interactie met hun kind.
Communicatie en netwerkvorming	Welbevinden	De coördinator ziet er in de eerste plaats op toe dat de verschillende betrokken actoren meer en beter met elkaar samenwerken.
Onderwijs en vrije tijd	Onderwijs	Schoolse vertraging komt meer voor bij kinderen van werkloze ouders en bij kinderen van alleenstaande ouders.
Communicatie en netwerkvorming	Welbevinden	Kinderen zijn soms hard voor elkaar en volwassenen ook als ik kijk in mijn omgeving.
Communicatie en netwerkvorming	Welbevinden	Ik had altijd schrik van wat andere mama’s van mij zouden denken.
Communicatie en netwerkvorming	Welbevinden	Door hun aanwezigheid in de wijk kunnen zij de drempels in kaart brengen en de blik van organisaties en beleid van onderuit verruimen.
Inkomen en gezondheid	Inkomen	De rechten van gezinnen in armoede zijn nog te vaak onvoldoende uitgeput.
Kinderopvang en opvoeding	Opvoeding	In die projecten worden ouders begeleid bij de opvoeding van hun kinderen.
Inkomen en gezondheid	Gezondheid	Niet alleen voor baby’s blijkt voeding een probleem.
Wonen	Huisvesting	Een gebrekkige huisvesting kan een negatieve invloed hebben op de ontwikkeling van het kind.
Inkomen en gezondheid	Gezondheid	Waar je wieg staat, bepaalt in belangrijke mate hoe oud je zal worden en vooral in welke gezondheidstoestand dat zal zijn.
Inkomen en gezondheid	Inkomen	Ze weten wel dat we niet al te veel centen hebben, maar ze voelen dat niet echt.
Kinderopvang en opvoeding	Opvoeding	Gezinnen die moeilijkheden ervaren bij de opvoeding van jonge kinderen kunnen er terecht voor mobiele begeleiding.
Communicatie en netwerkvorming	Welbevinden	Je moet een plek hebben waar je de dingen kan loslaten en waar verantwoordelijkheden kunnen gedeeld worden.
Communicatie en netwerkvorming	Welbevinden	Geen oordeel vellen over mensen en hun situatie vormt daarin alvast een zeer belangrijk startpunt.
Inkomen en gezondheid	Werk	Je leert bijvoorbeeld mensen kennen door je werk, wat een voordeel is tegenover mensen zonder werk.
Kinderopvang en opvoeding	Opvoeding	Toch blijkt dat deze ouders soms de zorg voor hun kinderen niet kunnen garanderen.
Onderwijs en vrije tijd	Onderwijs	Zo organiseren we rondetafelgesprekken op school om ervoor te zorgen dat ook zij meewerken aan een nieuwe start.
Wonen	Huisvesting	Stond erg onder druk om huisvesting te vinden.
Communicatie en netwerkvorming	Welbevinden	Deze dialoog versterkt de onderlinge relaties en het vertrouwen.
Kinderopvang en opvoeding	Opvoeding	Vanuit het Huis van het Kind kunnen gezinnen doorverwezen worden naar gespecialiseerde diensten.
Wonen	Huisvesting	Opgroeien in achtergestelde buurten, betekent vaak ook opgroeien in slechte woningen.
Inkomen en gezondheid	Inkomen	Bovendien is ook het niet-gebruik van het leefloon beperkter dan gedacht.
Communicatie en netwerkvorming	Welbevinden	Bijgevolg hebben ze meer sociale contacten en meer oefenkansen en sociale vaardigheden.
Onderwijs en vrije tijd	Onderwijs	Het is belangrijk dat kinderen zich goed voelen op school.
Inkomen en gezondheid	Inkomen	Na zes maanden verdubbelt het aandeel van de gezinnen die beroep kunnen doen op aanvullende financiële steun.
Communicatie en netwerkvorming	Welbevinden	Ook de vele digitale contacten via sms, WhatsApp of mail ervaren de gezinnen als erg ondersteunend.
Kinderopvang en opvoeding	Kinderopvang	Een kwaliteitsvolle kinderopvang verbetert de sociale en cognitieve ontwikkeling van kinderen.
Kinderopvang en opvoeding	Opvoeding	Toekomstige moeders hierop wijzen, kan al een belangrijke stap zijn in de opvoedingsondersteuning.
Kinderopvang en opvoeding	Opvoeding	Ook de visie op zorg en toezicht op kinderen is dikwijls problematisch.
Communicatie en netwerkvorming	Welbevinden	Deze gezinnen hebben vaak vooroordelen en vinden dat het niks voor hen is.
Communicatie en netwerkvorming	Welbevinden	Mensen die in een achtergestelde buurt wonen hebben minder makkelijk toegang tot voorzieningen of netwerken.
Inkomen en gezondheid	Werk	Werken wordt als eerste oplossing gezien om uit armoede te komen.
Inkomen en gezondheid	Werk	Voorzien in arbeid is de eerste stap in de strijd tegen kinderarmoede.
Communicatie en netwerkvorming	Welbevinden	Leren samenwerken tussen organisaties.
Onderwijs en vrije tijd	Onderwijs	Kleine kinderen gaan zelden of nooit vanaf 3 jaar naar het kleuteronderwijs.
Kinderopvang en opvoeding	Kinderopvang	De groep allochtone ouders zet niet snel stappen naar de kinderopvang.
Kinderopvang en opvoeding	Opvoeding	Met het project wil men bereiken dat het geweld in gezinnen op korte en middenlange termijn afneemt.
Onderwijs en vrije tijd	Onderwijs	Naast de schoolboeken, moeten er nog een heleboel mappen, schriften en een rekenmachine gekocht worden.
Communicatie en netwerkvorming	Welbevinden	Er zijn zoveel instanties die allemaal net iets anders zijn, het is echt moeilijk om daar je weg in te vinden.
Onderwijs en vrije tijd	Vrije tijd	De focus ligt bij de spelotheek minder op het uitlenen van speelgoed, maar op het ontmoeten en samen spelen.
Kinderopvang en opvoeding	Opvoeding	In Leuven helpen de vrijwilligers van vzw DOMO een handje bij de opvoeding door de ouders gericht te ondersteunen.
Kinderopvang en opvoeding	Opvoeding	Ze zeggen altijd: ‘Wij hebben de macht niet om uw kinderen af te nemen’, maar ze hebben wel toegang tot dat poortje.
Communicatie en netwerkvorming	Welbevinden	Er kunnen taalbarrières zijn voor anderstaligen.
Onderwijs en vrije tijd	Onderwijs	Kinderen die in armoede leven, zijn benadeeld door de manier waarop de scholen vandaag werken.
Communicatie en netwerkvorming	Welbevinden	Al te vaak kennen diensten of organisaties te weinig elkaars aanbod.
Wonen	Huisvesting	In deze woonbegeleiding wordt een begeleidingsplan opgesteld dat de huurder ondertekent.
Inkomen en gezondheid	Inkomen	De bekendste inkomensverhogende maatregelen zijn de werkgelegenheidsmaatregelen en de uitkeringen.
Kinderopvang en opvoeding	Opvoeding	Opvoeden is geen kinderspel, zeker voor gezinnen die in een context van armoede leven.
Inkomen en gezondheid	Inkomen	Het systeem van de (verhoogde) kinderbijslag speelt dan ook een grote rol in de armoedebestrijding.
Kinderopvang en opvoeding	Opvoeding	In vele steden en gemeenten kunnen ouders terecht in een opvoedingswinkel.
Inkomen en gezondheid	Gezondheid	Aandacht voor prenatale zorg en ondersteuning is noodzakelijk.
Communicatie en netwerkvorming	Welbevinden	Goede gezinsbanden en zich goed voelen thuis, kan een buffer vormen tegen stress en tegenslagen.
Onderwijs en vrije tijd	Onderwijs	De hele werking is erop gericht om kinderen tijdig in het kleuteronderwijs te krijgen.
Inkomen en gezondheid	Werk	Denk daarbij aan actoren op vlak van lokale tewerkstelling en huisvesting.
Kinderopvang en opvoeding	Kinderopvang	Het coördineren van vraag en aanbod van lokale hulp- en dienstverlening, onder andere via het opzetten van een lokaal loket kinderopvang, is daarbij essentieel.
Inkomen en gezondheid	Inkomen	De meerderheid van de gezinnen bevindt zich nog steeds in een precaire inkomens-, woon- of arbeidsmarktsituatie, en vond geen uitweg uit de financiële armoede.
Communicatie en netwerkvorming	Welbevinden	Om op lokaal niveau structureel in te grijpen, moeten diverse lokale actoren optreden als antennepunten die proactief, outreachend en laagdrempelig te werk gaan om kwetsbare gezinnen op de radar te krijgen en te houden.
Kinderopvang en opvoeding	Opvoeding	Met een kerngroep van 10 jonge ouders wordt ingegaan op vragen zoals: hoe is het voor jou om ouder te worden?
Communicatie en netwerkvorming	Welbevinden	Het belang van een goed functionerend netwerk kan niet genoeg worden onderstreept.
Inkomen en gezondheid	Inkomen	En al zijn ook uitkeringen op zich onvoldoende, vele steden en gemeenten hebben systemen van bijkomende steun in het leven geroepen.
Wonen	Huisvesting	Denk maar aan een gebrek aan sanitaire voorzieningen en aan hygiëneproblemen omwille van vervuiling en vocht.
Onderwijs en vrije tijd	Onderwijs	Er worden ook huisbezoeken gedaan waarbij informatie wordt gegeven over de kleuterschool.
Communicatie en netwerkvorming	Welbevinden	Alle initiatiefnemers willen samenwerken om de brug te slaan naar gezinnen in de wijken.
Wonen	Huisvesting	De aanwezigheid van voorzieningen zoals kinderopvang, scholen en recreatiemogelijkheden bepalen mee de kwaliteit van de leefomgeving.
Kinderopvang en opvoeding	Opvoeding	Met het ‘kansenplan voor kinderen’ lanceert men het concept Huis van het Kind.
Communicatie en netwerkvorming	Welbevinden	Lokale netwerken zorgen voor een doelmatig aanbod, dat complementair is.
Inkomen en gezondheid	Werk	We moeten helaas vaststellen dat deelname aan de arbeidsmarkt niet altijd zonder meer positief is.
Kinderopvang en opvoeding	Opvoeding	Dit zowel in de prenatale fase als in de postnatale fase; zowel in de kraamperiode als de tijd erna; zowel voor het jonge kind (van 0 tot 1 jaar), als voor het iets oudere kind (0 tot 3 jaar).
Onderwijs en vrije tijd	Vrije tijd	Een bijkomend pluspunt is als men zoals in Kortrijk deze speel-o-theek mobiel maakt en men de kinderen zelf in hun buurt gaat opzoeken.
Kinderopvang en opvoeding	Opvoeding	Daarom hebben ze een ouder- en baby- en kleuterwerking.
Communicatie en netwerkvorming	Welbevinden	Zowel politie, parket, lokaal bestuur, zorg en hulpverlening zijn betrokken bij dit probleem, maar werken, helaas, nog te weinig samen.
Onderwijs en vrije tijd	Onderwijs	Armoede verhindert kinderen om ten volle te participeren aan het schoolgebeuren.
Communicatie en netwerkvorming	Welbevinden	Vaders en moeders ontmoeten elkaar in een huislijke sfeer en kunnen ervaringen delen over hun baby en andere kinderen.
Communicatie en netwerkvorming	Welbevinden	Geschreven teksten zijn niet echt zinvol, gezien veel Roma niet kunnen lezen.
Wonen	Huisvesting	Wonen is een basisrecht, maar goed wonen zou daar zeker moeten in opgenomen worden.
Communicatie en netwerkvorming	Welbevinden	Werken aan het wederzijds vertrouwen en het wegwerken van drempels vormen hierbij de leidraad.
Kinderopvang en opvoeding	Kinderopvang	Daarom werd, samen met de vereniging waar armen het woord nemen, het OCMW, Kind en Gezin en andere kinderopvanginitiatieven, een stappenplan uitgewerkt om de drempels voor die doelgroep te verlagen.
Kinderopvang en opvoeding	Opvoeding	De opvoedingswinkel organiseert vorming met opvoedingsgerelateerde zaken.
Inkomen en gezondheid	Gezondheid	Een e ciënt beleid ter bestrijding van kinderarmoede schenkt aandacht aan de toegang tot gezondheidszorg voor mensen in armoede.
Onderwijs en vrije tijd	Onderwijs	Hoewel de meeste ouders een opleiding erg belangrijk vinden voor hun kinderen, schrikken de hoge studiekosten hen af.
Communicatie en netwerkvorming	Welbevinden	Belangrijk is dat de ouders vertrouwen hebben in deze persoon en dat ze zich bij hem of haar veilig voelen.
Communicatie en netwerkvorming	Welbevinden	Er zal misschien meer dan één samenkomst nodig zijn om deze ouders voldoende vertrouwen en informatie te geven om het proces aan te vatten.
Communicatie en netwerkvorming	Welbevinden	Sociale uitsluiting doet zich voor wanneer mensen langdurig niet kunnen deelnemen aan de gangbare leefpatronen in een samenleving.
Inkomen en gezondheid	Werk	Laaggeschoolden starten hun beroepsloopbaan met minder kansen dan midden- en hooggeschoolden.
Communicatie en netwerkvorming	Welbevinden	Door hun omgang met vrienden oefenen jongeren sociale vaardigheden, experimenteren ze met sociale rollen en leren ze een standpunt te bepalen.
Onderwijs en vrije tijd	Vrije tijd	Een voorbeeld om het spanningsveld tussen offensieve en defensieve acties te duiden: Vandalisme door jongeren zou te wijten kunnen zijn aan het gebrek van alternatieven in de buurt om de vrije tijd door te brengen.
Onderwijs en vrije tijd	Onderwijs	Vroegtijdig schoolverlaten is een ernstig probleem dat erkend wordt door nagenoeg alle Westerse landen.
Communicatie en netwerkvorming	Welbevinden	Zittenblijven vertraagt de instap Kinderen en jongeren die opgroeien in kansarme gezinnen ondervinden vaak grote moeilijkheden om een eigen netwerk met leeftijdsgenoten uit te bouwen.
Inkomen en gezondheid	Inkomen	Om armoede uit de wereld te helpen, zijn structurele maatregelen nodig en is een verhoging van de minimuminkomens noodzakelijk.
Inkomen en gezondheid	Inkomen	Een tekort aan middelen om voldoende aan de samenleving te kunnen participeren, is een kenmerk dat alle personen in armoede gemeen hebben.
Inkomen en gezondheid	Inkomen	Om te oordelen of gezinnen beschikken over voldoende inkomsten, moet je kijken naar hun noodzakelijke uitgaven.
Communicatie en netwerkvorming	Welbevinden	De communicatie kan via verschillende kanalen verlopen: maandelijks een rubriek het gemeentelijk infoblad, folders, lichtpanelen, meer uitgebreide katern in de informatiegids van de gemeente.
Communicatie en netwerkvorming	Welbevinden	De vrijwillige ouders hebben hun deelname ervaren als een vorm van erkenning.
Inkomen en gezondheid	Inkomen	Het kunnen beschikken over een menswaardig inkomen biedt mensen de ruimte om terug greep krijgen op hun leven.
Communicatie en netwerkvorming	Welbevinden	De vertrouwenspersoon stuurt de ouders daags voor een bijeenkomst van de stuurgroep of werkgroep een herinnering per sms of belt hen op.
Inkomen en gezondheid	Inkomen	Overlevingsstrategieën van mensen die moeten rondkomen met een te beperkt inkomen.
Inkomen en gezondheid	Inkomen	Concreet betekent dit dat mensen moeten kunnen beschikken over een menswaardig inkomen en/of dat hun noodzakelijke kosten worden verlaagd, bijvoorbeeld door het aanbieden van betaalbare huisvesting.
Inkomen en gezondheid	Werk	Dit komt omdat ze ofwel minder vaardigheden hebben verworven, ofwel deze niet kunnen bewijzen aan de werkgever.
Communicatie en netwerkvorming	Welbevinden	Gezinnen kunnen zo op een laagdrempelige manier in contact komen met het andere aanbod, want op weg naar de leefgroep van hun kind, passeren ze de polyvalente ruimte of de tuin waar een groepsactiviteit bezig is.
Kinderopvang en opvoeding	Opvoeding	De twee VONK-gezinsbegeleidsters uit dit team volgen de gezinnen nauw op en gaan hulpverleners betrekken indien nodig.
Kinderopvang en opvoeding	Opvoeding	“ Ik was bang om mijn situatie te bespreken, vooral om ook mijn jongste dochter te verliezen.
Communicatie en netwerkvorming	Welbevinden	Zo kunnen diensten en organisaties erin slagen om meer gepaste en effectieve ondersteuning te bieden en drempels te verlagen.
Communicatie en netwerkvorming	Welbevinden	Als blijkt dat het sociaal netwerk verbreed is, het gezin de regie terug in handen heeft en weerbaar is om kleine problemen het hoofd te bieden, wordt de ondersteuning afgebouwd.
Communicatie en netwerkvorming	Welbevinden	Vertrouwen in de toekomst is broodnodig als stimulans voor het vertrouwen in zichzelf nu.
Kinderopvang en opvoeding	Kinderopvang	Studies wijzen echter uit dat ouders vooral op zoek zijn naar kinderopvang die werkt volgens inkomenstarief.
Communicatie en netwerkvorming	Welbevinden	“We weten uit onderzoek dat sociale steun één van de meest universele vormen van ondersteuning is.
Kinderopvang en opvoeding	Opvoeding	Contextuele stressoren (zoals bv. armoede) hebben een belangrijke invloed op het opvoedingsgedrag, maar de mate van ondersteuning die een gezin ervaart kan een adequate aanpassing aan ongunstige situaties bemiddelen.
Kinderopvang en opvoeding	Kinderopvang	Het blijft ook echt tussen vier muren, altijd.” Katrien: “Toen ik me ging inschrijven in een nieuwe kinderopvang zeiden ze daar tegen mij: ‘Wij weten al van uw situatie.
Communicatie en netwerkvorming	Welbevinden	Eerst luisteren naar wat mensen nodig hebben.
Onderwijs en vrije tijd	Vrije tijd	Je kan direct gebruik maken van de bib.” Daarnaast maken de ouders en kinderen ook gebruik van de computers, drukken iets › spelotheek als ontmoetingsplek in de bibliotheek af en krijgen digitale ondersteuning in de bib.
Kinderopvang en opvoeding	Opvoeding	Laat ouders in de eerste plaats ouders zijn, zonder daar een norm op te plakken.
Inkomen en gezondheid	Inkomen	Er zijn drie lokale voedselhulporganisaties actief in Kortrijk, maar de casemanagers gaven aan dat die organisaties, ondanks alle goede wil, niet voor iedereen even toegankelijk waren.
Inkomen en gezondheid	Inkomen	Een verhoging van het gezinsbudget boven de armoedegrens vormt een sleutelelement om de levenskwaliteit en autonomie van ouders en kinderen te verhogen.
Kinderopvang en opvoeding	Opvoeding	Om de toegang tot hulp- en dienstverlening te verbeteren en maatwerk te realiseren wordt in opvoedings- en gezinsondersteuning steeds vaker gewerkt volgens het principe van proportioneel universalisme.
Onderwijs en vrije tijd	Onderwijs	Ik ben gestopt met school in het derde middelbaar en heb geen diploma.
Onderwijs en vrije tijd	Onderwijs	Elk schooljaar krijgen ze een nieuwe boekentas, pennenzak,...
Onderwijs en vrije tijd	Vrije tijd	Ook als de school een bezoek met ouders en kinderen organiseert naar de bibliotheek, kan de spelotheek daar gretig gebruik van maken.
Kinderopvang en opvoeding	Kinderopvang	Lokaal wordt er daarom vaak gebruik gemaakt van tussenpersonen om de ouders in hun zoektocht te ondersteunen en de toegang tot kinderopvang zo laagdrempelig mogelijk te maken.
Inkomen en gezondheid	Gezondheid	We weten dat ongeveer 1 op 5 kinderen significante problemen ontwikkelt op vlak van geestelijke gezondheid en dat veel van deze kinderen en hun ouders de weg naar gepaste hulpverlening niet vinden.
Inkomen en gezondheid	Inkomen	geen geld meer op het einde vd maand
Wonen	Huisvesting	ons appartement is veel te klein voor 4 kinders
Kinderopvang en opvoeding	Kinderopvang	ge vindt nergens een creche die plaats heeft
Onderwijs en vrije tijd	Vrije tijd	zwemmen leren voor onze jongste
Inkomen en gezondheid	Gezondheid	naar de tandarts gaan we ni meer, veel te duur
Communicatie en netwerkvorming	Welbevinden	ik voel me soms zo alleen met alles
Onderwijs en vrije tijd	Onderwijs	de juf snapt nie dat we thuis geen printer hebben voor de taken
Inkomen en gezondheid	Werk	werk vinden met mijn uren
Kinderopvang en opvoeding	Opvoeding	tips hoe ik omga met mijn puber
Wonen	Huisvesting	huisbaas doet niks aan de schimmel in badkamer
Onderwijs en vrije tijd	Vrije tijd	da ze ook naar de speelpleinwerking kunnen in de zomer
Communicatie en netwerkvorming	Welbevinden	dat ze ni neerkijken op ons aan het loket
Inkomen en gezondheid	Inkomen	de rekeningen stapelen zich op
Kinderopvang en opvoeding	Kinderopvang	iemand die op woensdag de kinderen opvangt
Inkomen en gezondheid	Gezondheid	psycholoog voor mijn zoon maar de wachtlijst is zo lang
Onderwijs en vrije tijd	Onderwijs	huiswerkklas
Wonen	Huisvesting	verwarming kapot al 3 weken
Communicatie en netwerkvorming	Welbevinden	ne babbel doen met iemand die luistert
Inkomen en gezondheid	Werk	nen deftigen job
Kinderopvang en opvoeding	Opvoeding	opvoedingstips
Onderwijs en vrije tijd	Vrije tijd	lidgeld van de voetbal is te veel
Inkomen en gezondheid	Inkomen	afbetalingsplan en toch nog eten kunnen kopen
Wonen	Huisvesting	sociaal appartement
Kinderopvang en opvoeding	Kinderopvang	onthaalmama dicht bij huis
Communicatie en netwerkvorming	Welbevinden	info in simpel nederlands aub
Inkomen en gezondheid	Gezondheid	gezond eten voor de kids
Onderwijs en vrije tijd	Onderwijs	schoolboeken en de meerdaagse uitstap betalen is zwaar
Onderwijs en vrije tijd	Vrije tijd	muziekschool of tekenschool maar da kost
Inkomen en gezondheid	Werk	een opleiding volgen zodat ik werk vind
Kinderopvang en opvoeding	Opvoeding	hulp bij het opvoeden van mijn 3 kindjes alleen
Wonen	Huisvesting	te veel vocht in de slaapkamer van de kinderen en ze zijn altijd ziek
Communicatie en netwerkvorming	Welbevinden	da mensen elkaar kennen in de straat
Inkomen en gezondheid	Inkomen	groeipakket komt te laat
Onderwijs en vrije tijd	Vrije tijd	kamp met de scouts
Kinderopvang en opvoeding	Kinderopvang	voor de kinderopvang betaal ik me blauw en plaats is er nooit
Inkomen en gezondheid	Gezondheid	dokter die de tijd neemt
Communicatie en netwerkvorming	Welbevinden	serieus genomen worden
Onderwijs en vrije tijd	Onderwijs	mijn dochter wordt gepest op school en de leerkracht doet niks
Wonen	Huisvesting	goedkoper huren
Inkomen en gezondheid	Werk	werkloos sinds corona
Kinderopvang en opvoeding	Opvoeding	een cursus voor jonge mamas over de baby
Communicatie en netwerkvorming	Welbevinden	nie gezien worden als een nummer
Onderwijs en vrije tijd	Vrije tijd	sportkampen in de vakantie betaalbaar maken
Inkomen en gezondheid	Inkomen	dat de kinderbijslag omhoog gaat
Onderwijs en vrije tijd	Onderwijs	bijles wiskunde
Inkomen en gezondheid	Gezondheid	medicatie is duur en de mutualiteit betaalt weinig terug
Wonen	Huisvesting	een woning met buitenruimte om te spelen
Communicatie en netwerkvorming	Welbevinden	ik durf ni om hulp te vragen, ik schaam me
Kinderopvang en opvoeding	Kinderopvang	naschoolse opvang tot 18u want ik werk laat
Inkomen en gezondheid	Werk	flexibele werkuren zodat ik de kinderen kan halen aan school
Onderwijs en vrije tijd	Vrije tijd	de bib met gratis boeken en spelletjes
Kinderopvang en opvoeding	Opvoeding	mijn zoontje luistert niet en ik weet niet hoe ik het moet aanpakken
Inkomen en gezondheid	Inkomen	met het leefloon kom je ni rond
Wonen	Huisvesting	wachtlijst sociale huisvesting is jaren
Communicatie en netwerkvorming	Welbevinden	een groepje met andere mamas om te praten
Onderwijs en vrije tijd	Onderwijs	mijn kind moet blijven zitten en niemand legt uit waarom
Inkomen en gezondheid	Gezondheid	spoedopname betalen
Onderwijs en vrije tijd	Vrije tijd	dansles voor mijn dochter
Kinderopvang en opvoeding	Kinderopvang	babysit als ik naar de vdab moet
Communicatie en netwerkvorming	Welbevinden	dat de gemeente eens luistert naar ons
Wonen	Huisvesting	energiefactuur en huur samen is gewoon te veel
Inkomen en gezondheid	Inkomen	moet kiezen tussen eten of de huur betalen
Wonen	Huisvesting	woonst
Onderwijs en vrije tijd	Onderwijs	schoolkosten
Onderwijs en vrije tijd	Vrije tijd	speelpleintjes in de buurt
Inkomen en gezondheid	Gezondheid	kga ni naar de dokter want da kost te veel
Wonen	Huisvesting	we wonen met 5 op 2 kamers en de kinderen hebben geen plek om hun huiswerk te maken
Onderwijs en vrije tijd	Vrije tijd	ik heb geen werk en dus geen geld voor de sportclub van mijn zoon
Kinderopvang en opvoeding	Opvoeding	kindjes hebben veel driftbuien en ik ben op
Communicatie en netwerkvorming	Welbevinden	een plek waar ge ne koffie kunt drinken en babbelen met andere ouders
Inkomen en gezondheid	Werk	ambetant dat ze me bij de interim altijd naar huis sturen
Inkomen en gezondheid	Inkomen	We can't pay the bills at the end of the month
Wonen	Huisvesting	Our flat is damp and too small
Kinderopvang en opvoeding	Kinderopvang	A place in daycare so I can go to work
Onderwijs en vrije tijd	Onderwijs	Help with homework because I don't speak Dutch
Inkomen en gezondheid	Gezondheid	Cheaper dentist for the kids
Communicatie en netwerkvorming	Welbevinden	People who don't judge us
Onderwijs en vrije tijd	Vrije tijd	My son wants to play football but the club is expensive
Inkomen en gezondheid	Werk	Finding work when you only speak English
Kinderopvang en opvoeding	Opvoeding	Support with raising a toddler on my own
Communicatie en netwerkvorming	Welbevinden	I feel lonely since we moved here
Wonen	Huisvesting	The landlord won't fix the heating
Onderwijs en vrije tijd	Vrije tijd	Summer camps for kids
Inkomen en gezondheid	Inkomen	debts
Onderwijs en vrije tijd	Onderwijs	school trips cost too much
Kinderopvang en opvoeding	Opvoeding	parenting classes in English
Inkomen en gezondheid	Inkomen	On n'a pas assez d'argent pour finir le mois
Wonen	Huisvesting	Notre appartement est humide et froid
Kinderopvang en opvoeding	Kinderopvang	Une crèche près de chez moi
Onderwijs en vrije tijd	Onderwijs	Mon fils a besoin d'un soutien scolaire
Inkomen en gezondheid	Gezondheid	Le médecin coûte trop cher
Communicatie en netwerkvorming	Welbevinden	Être respectée quand je demande de l'aide
Onderwijs en vrije tijd	Vrije tijd	Des activités pendant les vacances pour les enfants
Inkomen en gezondheid	Werk	Trouver un travail avec des horaires flexibles
Kinderopvang en opvoeding	Opvoeding	Des conseils pour l'éducation de mes enfants
Communicatie en netwerkvorming	Welbevinden	Je me sens seule, je ne connais personne ici
Wonen	Huisvesting	Le loyer est trop cher
Onderwijs en vrije tijd	Onderwijs	Que l'école soit gratuite
Inkomen en gezondheid	Gezondheid	Un psychologue pour mon fils
Kinderopvang en opvoeding	Kinderopvang	garderie après l'école
Communicatie en netwerkvorming	Welbevinden	Information in simple language
Inkomen en gezondheid	Inkomen	les factures
Inkomen en gezondheid	Werk	op vlak van werk door flexibele kinderopvanginitiatieven, door ondersteuning van lokale tewerkstelling of door het aanbieden van opleidingen
Wonen	Huisvesting	op vlak van wonen door het aanbieden van betaalbare sociale woningen, doorgangswoningen of het informeren over financiële tussenkomsten
Communicatie en netwerkvorming	Welbevinden	op sociaal vlak door ontmoeting te creëren en in te zetten op het versterken van het sociaal netwerk
Communicatie en netwerkvorming	Welbevinden	In Gent werkt vzw LEJO met tieners die zwanger zijn (tot en met 20 jaar) en tienermoeders en hun kinderen om hun sociaal isolement te doorbreken en met hen een sociaal netwerk uit te bouwen.
Onderwijs en vrije tijd	Vrije tijd	De federale overheid wil hiermee de participatie van kansarmen aan het maatschappelijke leven verhogen.
Kinderopvang en opvoeding	Opvoeding	Deze ontmoetingsmomenten krijgen op bepaalde tijdstippen meer structuur door methodische en pedagogische ondersteuning.
Inkomen en gezondheid	Inkomen	De gezinssamenstelling bepaalt dus in grote mate welke kinderen een risico op armoede lopen;
Inkomen en gezondheid	Werk	Daarenboven wordt een job gezien als een middel tot integratie in de samenleving.
Inkomen en gezondheid	Gezondheid	Hun mobiliteit is niet groot, ze hebben moeite met het taalgebruik en met de onpersoonlijke sfeer van de zorgverstrekking.
Wonen	Huisvesting	Het project biedt kwetsbare gezinnen ondersteuning door de inzet van een huurbegeleider die de opvolging van de woonsituatie waarborgt.
Kinderopvang en opvoeding	Opvoeding	De hulpverleners bieden een luisterend oor aan de ouders en helpen hen meer inzicht te krijgen in de noden van hun kinderen.
Kinderopvang en opvoeding	Opvoeding	Hoe ervaar jij de steun die je krijgt bij het opvoeden?
Inkomen en gezondheid	Gezondheid	Mensen in armoede maken minder gebruik van de gezondheidszorg, terwijl ze vaak meer redenen hebben om er beroep op te doen.
Kinderopvang en opvoeding	Opvoeding	De aandacht gaat daarbij speciaal uit naar vier dimensies van ondersteuning: emotionele steun, respect voor de autonomie van het kind, structureren en grenzen stellen, informatie en uitleg geven.
Kinderopvang en opvoeding	Opvoeding	De ouders mogen uiteraard wel in hun eigen taal met hun kind praten.
Communicatie en netwerkvorming	Welbevinden	Kinderen in armoede zijn meestal aangewezen op een zeer beperkte kring mensen rondom hen.
Kinderopvang en opvoeding	Opvoeding	Vzw Molenberg is als uitvoerende partner van de opvoedingswinkel West – Limburg initiatiefnemer voor het project POKO.
Inkomen en gezondheid	Werk	Tegelijk is het een tewerkstellingsprogramma voor laaggeschoolde, langdurig werkloze vrouwen.
Kinderopvang en opvoeding	Kinderopvang	Het kinderdagverblijf wordt zo een ware spiegel van de huidige maatschappij.
Onderwijs en vrije tijd	Vrije tijd	Actie 3.1 Instap in het Vlaams participatiedecreet (coördinatie OCMW) De dienst Cultuur, de Jeugd– en Sportdienst en de Sociale Dienst van het OCMW zitten samen in het lokaal netwerk vrijetijdsparticipatie.
Kinderopvang en opvoeding	Opvoeding	‘Mentaliseren’ verwijst naar het vermogen om zichzelf en anderen te kunnen begrijpen door de innerlijke gedachten, gevoelens en verlangens mee in rekening te brengen.
Kinderopvang en opvoeding	Kinderopvang	In kinderopvanginitiatieven komen kinderen in contact met ‘peers’ en zorgverstrekkers waardoor de mogelijkheden tot interactie vergroten.
Inkomen en gezondheid	Werk	Lokale besturen kunnen hieraan prioriteit geven door bijvoorbeeld het creëren van tewerkstelling in buurtdiensten en sociale economie en via de aanvullende steun die zij voorzien voor OCMW-cliënten.
Kinderopvang en opvoeding	Kinderopvang	Boven toonden we het belang van kwaliteitsvolle kinderopvang aan.
Inkomen en gezondheid	Gezondheid	Een mooi voorbeeld is Sint-Niklaas, waar het Wijkgezondheidscentrum De Vlier inspeelt op de noden van kinderen uit de Roma-gemeenschap.
Inkomen en gezondheid	Inkomen	Dit wijst er op dat onze samenleving onvoldoende toegankelijk is voor mensen met een beperkt inkomen.
Inkomen en gezondheid	Gezondheid	Ook op het vlak van voeding maken gezinnen in armoede noodgedwongen soms ongezonde keuzes.
Inkomen en gezondheid	Welbevinden	Dit onderzoek maakt duidelijk dat armoede en zeker langdurige armoede het welzijn van ouders en hun kinderen aantast.
Inkomen en gezondheid	Inkomen	Op korte termijn kan dit heel effectief zijn (“ik winkel nu op krediet om een nieuwe wasmachine te kunnen kopen”), maar op lange termijn is dit vaak nefvast (“ik kan mijn krediet nooit terugbetalen omdat mijn inkomen te laag is”).
Inkomen en gezondheid	Inkomen	Door de focus op de korte termijn lopen mensen het gevaar om de gevolgen op lange termijn uit het oog te verliezen en nemen ze ‘onverstandige’ beslissingen.
Inkomen en gezondheid	Inkomen	Deze kunnen erg verschillen naargelang hun gezinssamenstelling en leefsituatie (huisvestingskosten, gezondheidskosten, schulden, ….).
Inkomen en gezondheid	Inkomen	Op deze manier creëert schaarste nog meer schaarste.
Inkomen en gezondheid	Inkomen	CEBUD berekende op basis van de referentiebudgetten welk gedeelte van het gezinsbudget minimaal aan kinderen moet worden besteed zodat zij volwaardig aan de samenleving kunnen deelnemen.
Communicatie en netwerkvorming	-	Vooral facebook, het gemeentelijk infoblad en de lichtkranten blijken goede informatiekanalen te zijn voor gezinnen in armoede (Storms, 2011).
Inkomen en gezondheid	Inkomen	Zo tonen Mullainathan en Shafir (2013) in hun boek ‘Schaarste’ dat het niet bestrijden van armoede nog meer armoede creëert.
Kinderopvang en opvoeding	Opvoeding	Vaardigheden die kinderen tijdens hun vroege levensjaren ontwikkelen, vormen het fundament van hun verdere levensloop.
Onderwijs en vrije tijd	Vrije tijd	Wat zou je dan doen of veranderen om ervoor te zorgen dat elk kind de mogelijkheid krijgt om deel te nemen aan de activiteiten en er zich thuis voelt.
Communicatie en netwerkvorming	Welbevinden	Vriendschappen geven jongeren steun bij het ontwikkelen, versterken en handhaven van het zelfvertrouwen en het gevoel van eigenwaarde (Van der Wal & De Wilde, 2011).
Onderwijs en vrije tijd	Vrije tijd	Kinderen moeten zich ook thuis of bij hun vrienden kunnen onstpannen.
Onderwijs en vrije tijd	Onderwijs	Zo hebben kinderen die opgroeien in een arm gezin een verhoogde kans op zittenblijven of om de school vroegtijdig te verlaten zonder diploma (Buysschaert & Dominicy, 2012).
Onderwijs en vrije tijd	Onderwijs	Daarnaast verlaten zittenblijvers vaker voortijdig het secundair onderwijs zonder diploma en stromen ze minder door naar het hoger onderwijs (Juchtmans e.a., 2012).
Inkomen en gezondheid	Gezondheid	Kinderen die opgroeien in een arm gezin lopen een groter risico op een slechte gezondheid dan kinderen die opgroeien in een bemiddeld gezin (Currie e.a., 2012; Willems & De Maeseneer, 2015).
Inkomen en gezondheid	Werk	De werkloosheid onder vroegtijdig schoolverlaters is dan ook groter.
Inkomen en gezondheid	Gezondheid	NOOD AAN GEÏNTEGREERDE PERINATALE ONDERSTEUNING Preventieve gezondheidsondersteuning, waaronder het perinataal aanbod, is één van de basispijlers van de Huizen van het Kind en wordt vanuit een proportioneel universele benadering georganiseerd.
Kinderopvang en opvoeding	Kinderopvang	Kinderopvang kan dus niet alleen gezien worden als middel om tewerkstelling mogelijk te maken, het biedt bovendien een grote meerwaarde voor kinderen, los van de arbeidssituatie van de ouders.
Communicatie en netwerkvorming	-	Ten eerste is het zo dat veel gezinnen problemen ondervinden en vragen hebben die op het lokale niveau kunnen worden verlicht, maar dat ze hun weg niet altijd vinden naar de juiste hulp.
Kinderopvang en opvoeding	Opvoeding	Dat is een kort traject voor moeders van tieners om hun krachten in te leren zetten in hun communicatie.
Kinderopvang en opvoeding	Opvoeding	Maar wat vaak gebeurt en vermeden moet worden, is dat de problemen die ontstaan door deze overleefsituatie vernauwd worden tot een opvoedingsprobleem.
Kinderopvang en opvoeding	Opvoeding	Door naast de ouders te gaan staan en hen te ondersteunen in hun ouderrol kan er psychologische stabiliteit bij de ouder gecreëerd worden die de contextuele stress kan bufferen.
Onderwijs en vrije tijd	Vrije tijd	Het aankopen en uitlenen van speelgoed is volgens Davy niet voldoende om een ander publiek te krijgen in de bibliotheek: “Met speelgoed alleen ga je het niet halen.
Inkomen en gezondheid	Gezondheid	Om deze ongelijkheden zo vroeg mogelijk te counteren, wordt binnen de Huizen van het Kind vaak een perinataal aanbod uitgewerkt.
Wonen	Huisvesting	Moeten leven met veel mensen op weinig vierkante meters of geen tuin hebben).
Inkomen en gezondheid	Inkomen	Het is alleszins duurder dan een lasagne, die kost maar 1,15 euro.
Kinderopvang en opvoeding	Opvoeding	PROPORTIONEEL UNIVERSALISME Hebben gezinnen die in armoede leven meer nood aan opvoedings- en gezinsondersteuning?
Communicatie en netwerkvorming	-	Wanneer je diensten dan samenbrengt onder één dak, zoals het Huis van het Kind en het Sociaal Huis, is dat voor de cliënt al veel makkelijker.
Inkomen en gezondheid	Inkomen	Outreachend casemanagement heeft op korte termijn (na 6 maanden) een sterk effect op het ontvangen van aanvullende financiële steun en tegemoetkomingen.
Kinderopvang en opvoeding	Opvoeding	Toen een andere mama tegen mij zei: ‘Ik heb dat ook met mijn kinderen, mijn kinderen zijn nog dubbel zo erg als de jouwe’.
Kinderopvang en opvoeding	Opvoeding	Een betere levenssituatie bij zowel ouder als kind kan er wellicht ook voor zorgen dat er minder aanleiding zal zijn om kinderen uit de gezinscontext weg te nemen.
Kinderopvang en opvoeding	Kinderopvang	TOEGANKELIJKE KINDEROPVANG De zoektocht van ouders naar kinderopvang verloopt in iedere gemeente of stad in Vlaanderen anders.
Kinderopvang en opvoeding	Kinderopvang	Zo werd bijvoorbeeld de waarborg in de kinderopvang verminderd en de aanvullende steun vanuit het OCMW hervormd.
Kinderopvang en opvoeding	Opvoeding	Wanneer ouders hun ouderrol kunnen uitvoeren met minder stress en betere vaardigheden, kan dit tot positieve resultaten leiden voor hun kinderen en voor de ouders zelf.
Kinderopvang en opvoeding	Opvoeding	Katrien: “De begeleiders zeiden me dat ik mijn kinderen best kon aanpakken door ze te belonen: ‘Als ze flink zijn, mogen ze iets uitkiezen uit de winkel’.
Communicatie en netwerkvorming	Welbevinden	“Ik denk dat het even belangrijk is om zowel op school, als in de kinderopvang, als in het Huis van het Kind die sociale contacten te creëren.
Communicatie en netwerkvorming	Welbevinden	Ouders en kinderen uit kansengroepen hebben een sterke behoefte aan ontmoetingsplekken, maar het is voor veel meer ouders een wezenlijke behoefte.” Ligt de diversiteit en sociale mix in de ontmoetingsplekken hoog genoeg?
Inkomen en gezondheid	Inkomen	Zowel gezinnen met weinig problemen als gezinnen die op veel levensdomeinen kwetsbaar waren, zagen hun kans om aanvullende financiële steun te krijgen toenemen.
Kinderopvang en opvoeding	Opvoeding	Elke: “Veel gezinnen die ik begeleid heb, denken dat hulpverleners hun kinderen perfect opvoeden.
Inkomen en gezondheid	Inkomen	Als we alle kleine beetjes aan de kant leggen en sparen, kunnen we dat net betalen.
Kinderopvang en opvoeding	Opvoeding	Zelfs voor ouders die in ongunstige omstandigheden en omgevingen zijn opgegroeid, blijkt ouderlijke zelfeffectiviteit verband te houden met positieve opvoedingspraktijken.
Onderwijs en vrije tijd	Vrije tijd	Om sociale uitsluiting tegen te gaan, zoeken we aansluiting binnen het jeugdwerkaanbod, zoals sportclubs, vrijetijd en buurtsporten.
Kinderopvang en opvoeding	Opvoeding	Ouders die geloven dat ze in staat zijn om het gedrag en de ervaringen van kinderen te beïnvloeden, zijn beter in staat om effectieve opvoedingsstrategieën te vinden, waardoor positieve interacties tussen ouder en kind ontstaan.
Onderwijs en vrije tijd	Onderwijs	Ik ben zelf geen voorstander van deze beperking, omdat er toch een klein aantal kinderen tussen de 0 en 6 jaar oud zijn in Vlaanderen die niet of weinig naar de kleuterschool gaan.
Kinderopvang en opvoeding	Opvoeding	OUDERSCHAP IN KWETSBARE OMSTANDIGHEDEN Opvoeden is een uitdaging voor alle ouders, een proces waarin je groeit en leert met vallen en opstaan.
Kinderopvang en opvoeding	Kinderopvang	Maar als ik hem gisteren afzette in de nieuwe crèche, had hij nog een boterham met choco in zijn hand.
Wonen	Huisvesting	Ik was dakloos, je weet dat dat helemaal niet goed is … Ik wist dat Guido [ervaringsdeskundige] zelf problemen en armoede heeft gekend.
Communicatie en netwerkvorming	Welbevinden	Anderen botsen bijvoorbeeld op gevoelens van schaamte of boosheid omwille van vroegere ervaringen of staan huiverachtig tegenover het (veronderstelde of effectieve) imago van diensten.
Kinderopvang en opvoeding	Opvoeding	Deze preventieve gezins- en opvoedingsondersteuning kan verschillende vormen aannemen: collectieve of individuele steun, thuis of elders,… Elke vorm dient aan een aantal randvoorwaarden te voldoen die te maken hebben met opbouwen van vertrouwen, laagdrempeligheid, toegankelijkheid enzovoort.
Kinderopvang en opvoeding	Opvoeding	In Antwerpen werkt de jongerenwerking van Recht-Op (Vereniging waar armen het woord nemen) met jonge ouders over de beleving van ouderschap en opvoedingsondersteuning.
Kinderopvang en opvoeding	Kinderopvang	Landen met een uitgebreide kinderopvang kennen een hoge tewerkstellingsgraad voor moeders.
Kinderopvang en opvoeding	Opvoeding	Geweld in het gezin is nefast voor de ontwikkelingskansen van kinderen.
Onderwijs en vrije tijd	Vrije tijd	De participatie van personen in armoede aan vrijetijdsactiviteiten is nochtans belangrijk voor hun persoonlijke ontwikkeling en hebben positieve sociale effecten (Geerts, Dierckx, & Vandevoort, 2012; Hirsch, Sutton, & Beckhelling, 2012; Lievens, 2008).
Inkomen en gezondheid	Werk	Ze worden vaker geconfronteerd met werkloosheid en met niet-beroepsactiviteit (Booghmans e.a., 2009).
Inkomen en gezondheid	Inkomen	Schaartste dwingt mensen zich te concentreren op hun meest dringende problemen: het werk dat nu af moet, de wasmachine die nu moet worden vervangen.
Onderwijs en vrije tijd	Vrije tijd	Stel je voor dat jij trainer bent van een sportclub of van een jeugdbeweging.
Inkomen en gezondheid	Inkomen	Referentiebudgetten zijn geprijsde korven van goederen en diensten die illustreren wat bepaalde gezinnen nodig hebben om een bepaalde levensstandaard te realiseren.
Onderwijs en vrije tijd	Vrije tijd	Gezinnen met financiële moeilijkheden nemen minder deel aan sport, recreatie en cultuur.
Onderwijs en vrije tijd	Vrije tijd	De Vlaamse overheid wil dat steden en gemeenten lokale netwerken regisseren om personen in armoede meer te laten deelnemen aan cultuur, jeugdwerk en sport (Vlaamse Regering, 2015).
Onderwijs en vrije tijd	Onderwijs	De socio-economische thuissituatie bepaalt eveneens welke studiekeuze de leerling maakt en welke studiekeuze de leerkracht aanbeveelt.
Communicatie en netwerkvorming	Welbevinden	“De inloopteams hebben in het bieden van sociale steun een groep mensen bereikt die door vele klassieke dienstverleningen niet bereikt worden.
Kinderopvang en opvoeding	Opvoeding	Het is zinvol om een plek te hebben waar je zaken kan loslaten, waar verantwoordelijkheden in de opvoeding kunnen gedeeld worden en waar het isolement van het gezin kan doorbroken worden.
Inkomen en gezondheid	Gezondheid	Ze gaven bijvoorbeeld wel aan sterk geïnteresseerd te zijn in het leren kennen van hun rechten en in de toegankelijkheid van de gezondheidszorg.
Inkomen en gezondheid	Inkomen	Op het einde van de maand eten we boterhammen met niks erop, de kinderen weten al dat ze dan niks moeten vragen.
Onderwijs en vrije tijd	Onderwijs	De juf vraagt elke week waarom zijn turngerief weer ontbreekt; ze weet niet dat we dat gewoon niet hebben.
Onderwijs en vrije tijd	Onderwijs	Als de brief voor de meerdaagse uitstap komt, laat ik mijn dochter zeggen dat ze die week ziek zal zijn.
Wonen	Huisvesting	Wij wonen met vijf in twee kamers, de kleinste slaapt nog altijd bij ons in bed.
Wonen	Huisvesting	Tegen de muur van de slaapkamer komt elke winter die zwarte plek terug, en de baas zegt dat we meer moeten verluchten.
Wonen	Huisvesting	Ik sta al zes jaar op de lijst voor een sociale woning en elk jaar moet ik opnieuw bewijzen dat ik er nog op wil staan.
Wonen	Huisvesting	Een eigenaar hoort mijn accent aan de telefoon en dan is het appartement plots al verhuurd.
Wonen	Huisvesting	De verwarming staat op de laagste stand, we zitten 's avonds met een dekentje in de zetel omdat het huis niet warm te krijgen is.
Inkomen en gezondheid	Gezondheid	Naar de tandarts gaan we pas als het echt niet meer gaat, want dat voorschieten lukt ons niet.
Inkomen en gezondheid	Gezondheid	Mijn zoon heeft al maanden een bril nodig; hij zit vooraan in de klas en ziet het bord nog altijd niet.
Inkomen en gezondheid	Welbevinden	Soms slaap ik niet meer van het piekeren, ik lig te rekenen tot drie uur 's nachts.
Communicatie en netwerkvorming	Welbevinden	Sinds ik alleen ben met de kinderen, komt er niemand meer over de vloer.
Communicatie en netwerkvorming	Welbevinden	Aan de schoolpoort staan de andere mama's in groepjes te babbelen, ik sta altijd een beetje apart.
Kinderopvang en opvoeding	Opvoeding	In het Huis van het Kind kon ik eens vertellen dat mijn jongste me gek maakt met zijn driftbuien, zonder dat iemand keek alsof ik een slechte moeder was.
Onderwijs en vrije tijd	Vrije tijd	Mijn dochter wil zo graag bij de scouts, maar dat uniform en dat kamp, dat gaat er bij ons niet in.
Onderwijs en vrije tijd	Vrije tijd	Op woensdagnamiddag zitten mijn kinderen binnen op hun gsm, want alles wat er te doen is kost geld.
Onderwijs en vrije tijd	Onderwijs	De zwemles van school, daar betalen we al maanden in kleine stukjes op af.
Kinderopvang en opvoeding	Kinderopvang	Ik ben gestopt met werken omdat de opvang om half zes sluit en mijn shift pas om zes uur eindigt.
Kinderopvang en opvoeding	Kinderopvang	Voor een plaatsje in de crèche had ik me moeten inschrijven toen ik drie maanden zwanger was, dat wist niemand mij te zeggen.
Kinderopvang en opvoeding	Kinderopvang	Mijn mama past op de kleine als ik ga solliciteren, maar zij wordt ook ouder en haar rug kan het niet meer.
Inkomen en gezondheid	Werk	Ik heb een diploma uit Syrië, maar hier mag ik alleen poetsen.
Inkomen en gezondheid	Werk	Bij de VDAB zeggen ze dat ik eerst beter Nederlands moet spreken, maar de lessen zijn overdag, als ik aan het werk ben.
Inkomen en gezondheid	Werk	Met interimwerk weet ik op vrijdag nog niet of ik maandag mag komen.
Inkomen en gezondheid	Inkomen	Elke keer als ik wat meer verdien, valt er ergens een tegemoetkoming weg en zijn we weer niks vooruit.
Inkomen en gezondheid	Inkomen	De deurwaarder is al twee keer aan de deur geweest, en mijn dochter heeft dat allemaal gezien.
Inkomen en gezondheid	Inkomen	Schuldbemiddeling duurt soms jaren, en in die tijd leven gezinnen van een leefgeld waar geen kinderverjaardag in past.
Inkomen en gezondheid	Inkomen	We zien kinderen die op maandag met een lege brooddoos toekomen omdat er thuis niets meer in de kast lag.
Onderwijs en vrije tijd	Onderwijs	Een leerkracht die weet wat er thuis speelt, reageert anders als de taak niet gemaakt is.
Onderwijs en vrije tijd	Onderwijs	De taken moeten op de computer, maar wij hebben er maar één en die heeft mijn man nodig voor zijn werk.
Onderwijs en vrije tijd	Onderwijs	Mijn zoon zit in het buitengewoon onderwijs omdat hij nog geen Nederlands sprak toen hij hier aankwam, niet omdat hij het niet kan.
Onderwijs en vrije tijd	Onderwijs	Ouders durven niet naar het oudercontact omdat ze bang zijn dat ze de leerkracht niet gaan verstaan.
Communicatie en netwerkvorming	Welbevinden	Als de maatschappelijk assistent langskomt, kuis ik de hele dag op voorhand, uit schrik dat ze de kinderen komen halen.
Communicatie en netwerkvorming	-	De brieven van het ziekenfonds en de belastingen begrijp ik niet; mijn zoon van twaalf moet ze voor mij lezen.
Communicatie en netwerkvorming	-	Wie geen mail heeft of geen data op zijn gsm, mist de helft van wat de gemeente organiseert.
Communicatie en netwerkvorming	Welbevinden	Wat hielp was één vaste persoon bij het OCMW die mijn naam kende en niet elke keer mijn hele verhaal opnieuw vroeg.
Communicatie en netwerkvorming	Welbevinden	Sinds we met een paar mama's een WhatsApp-groep hebben, weet ik eindelijk wie ik kan bellen als het misloopt.
Onderwijs en vrije tijd	Vrije tijd	Mijn kinderen vragen waarom wij nooit op vakantie gaan; ik zeg dan dat thuis ook vakantie is.
Onderwijs en vrije tijd	Vrije tijd	Naar de verjaardagsfeestjes van klasgenootjes gaat hij niet, want dan moet er een cadeautje mee.
Onderwijs en vrije tijd	Vrije tijd	De jeugdbewegingen willen wel, maar ze weten niet hoe ze het moeten aanpakken met een kind dat het kampgeld altijd te laat betaalt.
Onderwijs en vrije tijd	Vrije tijd	Met de UiTPAS met kansentarief kon mijn zoon eindelijk naar de muziekacademie.
Kinderopvang en opvoeding	Opvoeding	Op het consultatiebureau kreeg ik tips over het slapen, en nu slaapt hij eindelijk door.
Kinderopvang en opvoeding	Opvoeding	Ik roep te veel tegen mijn kinderen, ik weet het, maar ik ben zo moe.
Kinderopvang en opvoeding	Opvoeding	Mijn tiener luistert niet meer naar mij, hij is meer op straat dan thuis.
Kinderopvang en opvoeding	Opvoeding	Ouders vragen ons vaak hoe ze grenzen kunnen stellen zonder hun hand op te heffen.
Inkomen en gezondheid	Gezondheid	De dokter van het wijkgezondheidscentrum neemt zijn tijd, en aan de balie moet ik niks betalen.
Inkomen en gezondheid	Gezondheid	Mijn eigen medicatie koop ik niet meer, dan kan de kleine zijn puffer krijgen.
Inkomen en gezondheid	Gezondheid	Psychologische hulp is er bijna niet voor wie niet kan betalen; bij het CGG staat een wachtlijst van een jaar.
Inkomen en gezondheid	Werk	Sinds ik die opleiding tot zorgkundige volg, voel ik dat mijn kinderen trots op mij zijn.
Inkomen en gezondheid	Werk	Een vaste job met vaste uren helpt zo'n gezin meer dan drie begeleiders samen.
Wonen	Huisvesting	Ons huis is te koud en te vochtig, de kinderen hebben de hele winter bronchitis.
Wonen	Huisvesting	We moesten verhuizen omdat de huur omhoog ging, en nu zit mijn dochter op een andere school waar ze niemand kent.
Wonen	Huisvesting	Gezinnen die uit hun huis gezet worden, belanden bij familie op de zetel en verdwijnen uit beeld.
Onderwijs en vrije tijd	Onderwijs	Mijn oudste is zestien en wil stoppen met school om geld te verdienen voor thuis.
Onderwijs en vrije tijd	Onderwijs	Een kleuter die niet naar de kleuterklas gaat, begint in het eerste leerjaar al met een achterstand.
Kinderopvang en opvoeding	Kinderopvang	De onthaalmoeder was als een oma voor mijn dochter; toen ze stopte, stond ik met lege handen.
Kinderopvang en opvoeding	Kinderopvang	Occasionele opvang voor een sollicitatiegesprek of een afspraak bij de dokter bestaat hier gewoon niet.
Communicatie en netwerkvorming	Welbevinden	Ik schaam me zo als ik moet zeggen dat ik het niet kan betalen, dan zeg ik liever dat we geen zin hebben.
Communicatie en netwerkvorming	-	Mijn droom is een gemeente waar je niet tien loketten moet aflopen voor één vraag.
Inkomen en gezondheid	Inkomen	De sociale kruidenier heeft ons door een heel moeilijke winter geholpen.
Onderwijs en vrije tijd	Vrije tijd	Naar de sporthal aan de andere kant van de gemeente geraken we niet, want na vijf uur rijdt er geen bus meer.
Inkomen en gezondheid	Inkomen	Wie alleen is met twee kinderen en een minimumloon verdient, houdt na huur en opvang bijna niets over.
Onderwijs en vrije tijd	Vrije tijd	Mijn dochter vroeg of ze eens mee naar de cinema mocht zoals de rest van de klas; ik heb voor de derde keer gezegd: volgende maand.
Inkomen en gezondheid	Gezondheid	Een huisbezoek van een vroedvrouw na de bevalling zou voor veel jonge moeders het verschil maken.
Kinderopvang en opvoeding	Kinderopvang	plaats in de creshe
Kinderopvang en opvoeding	Kinderopvang	kinderopvang is te duur
Inkomen en gezondheid	Inkomen	ocmw helpt nie
Inkomen en gezondheid	Werk	gene job
Wonen	Huisvesting	huur te hoog
Wonen	Huisvesting	woonig te klein en vochtig
Wonen	Huisvesting	schimmel in de badkamer en de kleine hoest de hele tijd
Inkomen en gezondheid	Inkomen	centen
Inkomen en gezondheid	Werk	werk
Onderwijs en vrije tijd	Onderwijs	schoolboeken
Onderwijs en vrije tijd	Vrije tijd	sport voor de kinders
Onderwijs en vrije tijd	Vrije tijd	speelpleinwerking in de zomer is te duur voor 3 kinders
Onderwijs en vrije tijd	Onderwijs	schoolrekening kan ik nie in 1 keer betalen
Onderwijs en vrije tijd	Onderwijs	de juf zegt da mijn zoon moeilijk leest maar ik kan nie helpen want ik lees zelf slecht
Inkomen en gezondheid	Gezondheid	dokter is te duur, pas als echt ziek
Inkomen en gezondheid	Gezondheid	tandarts
Communicatie en netwerkvorming	Welbevinden	ik ben alleen niemand om mee te klappen
Inkomen en gezondheid	Welbevinden	stress stress stress
Inkomen en gezondheid	Inkomen	mijne ex betaalt gn alimentatie en de facturen blijven komen
Wonen	Huisvesting	wachtlijst voor sociaal appartement 5 jaar
Wonen	Huisvesting	een vaste thuis
Kinderopvang en opvoeding	Kinderopvang	opvang als ik s nachts moet gaan werken
Kinderopvang en opvoeding	Kinderopvang	oppas
Kinderopvang en opvoeding	Opvoeding	hulp bij opvoeding mijn zoon luistert nie
Kinderopvang en opvoeding	Opvoeding	mijne gast van 15 zit heel de dag op zn gsm en ik weet nie meer wat doen
Onderwijs en vrije tijd	Vrije tijd	zwemmen
Onderwijs en vrije tijd	Vrije tijd	voetbal lidgeld 250 euro!!
Inkomen en gezondheid	Inkomen	eten op tafel
Inkomen en gezondheid	Inkomen	leefloon is te weinig voor 4 kinders
Inkomen en gezondheid	Inkomen	schulden
Communicatie en netwerkvorming	-	de brieven van de gemeente verstaan
Communicatie en netwerkvorming	-	weten waar je terecht kan
Communicatie en netwerkvorming	Welbevinden	een vriendelijk woord aan het loket, nie behandeld worden als een nummer
Kinderopvang en opvoeding	Kinderopvang	vdab cursus maar gn opvang voor de kleine
Inkomen en gezondheid	Werk	ik wil werken maar niemand neemt mij met mijn hoofddoek
Inkomen en gezondheid	Werk	interim altijd interim nooit vast
Wonen	Huisvesting	kind altijd ziek door de kou in huis verwarming kapot en de eigenaar doet niks
Inkomen en gezondheid	Gezondheid	gezond eten is te duur frieten zijn goedkoper
Onderwijs en vrije tijd	Onderwijs	huiswerk begeleidng
Onderwijs en vrije tijd	Onderwijs	laptop voor schol
Onderwijs en vrije tijd	Onderwijs	kleuterschool
Kinderopvang en opvoeding	Kinderopvang	naschoolse opvang tot 6u
Onderwijs en vrije tijd	Vrije tijd	speelgoed en boeken lenen
Onderwijs en vrije tijd	Vrije tijd	da de kinders ook eens op kamp kunnen
Communicatie en netwerkvorming	Welbevinden	mamas leren kennen in de buurt
Inkomen en gezondheid	Gezondheid	psyholoog te duur
Inkomen en gezondheid	Welbevinden	ik slaap slecht van de zorgen
Communicatie en netwerkvorming	Welbevinden	gerespecteerd worden
Inkomen en gezondheid	Gezondheid	ziekenfonds terugbetaling duurt te lang
Wonen	Huisvesting	de chauffage werkt nie en de huisbaas neemt zijn telefoon nie op
Inkomen en gezondheid	Inkomen	boterhamme met niks op einde vd maand
Onderwijs en vrije tijd	Onderwijs	turnzak en schoolreis kosten te veel
Kinderopvang en opvoeding	Opvoeding	huis vh kind is tof daar mag ik met de kleine spelen en babbelen
Kinderopvang en opvoeding	Opvoeding	gezinsbegeleidster kwam thuis en dat hielp echt
Inkomen en gezondheid	Werk	een job dichtbij met uren da de school open is
Onderwijs en vrije tijd	Vrije tijd	jeugdhuis
Onderwijs en vrije tijd	Onderwijs	bijles nederlands voor de kinders
Communicatie en netwerkvorming	Welbevinden	nie oordelen over ons
Wonen	Huisvesting	een huis met een tuintje, en werk voor mijn man
Inkomen en gezondheid	Inkomen	groeipakket komt te laat en dan moet ik lenen
Communicatie en netwerkvorming	Welbevinden	me alleen voelen
Kinderopvang en opvoeding	Kinderopvang	Daycare is too expensive and the waiting list is one year
Inkomen en gezondheid	Werk	i cant find a job because my diploma is not recognised here
Wonen	Huisvesting	The rent takes almost all my money
Wonen	Huisvesting	we live with 6 people in a 1 bedroom flat
Onderwijs en vrije tijd	Onderwijs	the letters from school are only in dutch, i dont understand what the teacher wants
Inkomen en gezondheid	Gezondheid	doctor and dentist too expensive
Communicatie en netwerkvorming	Welbevinden	I feel alone, no family here
Onderwijs en vrije tijd	Vrije tijd	football club for my son
Inkomen en gezondheid	Inkomen	not enough to eat the last week of the month
Kinderopvang en opvoeding	Opvoeding	help with parenting, my daughter is 14 and angry all the time
Onderwijs en vrije tijd	Vrije tijd	swimming lessons
Inkomen en gezondheid	Werk	I need to learn Dutch to get work
Wonen	Huisvesting	mould in the bedroom and the landlord does nothing
Inkomen en gezondheid	Inkomen	loans and debts everywhere
Communicatie en netwerkvorming	Welbevinden	people at the social office should treat us with respect
Kinderopvang en opvoeding	Kinderopvang	la creche coute trop cher
Inkomen en gezondheid	Werk	pas de travail pour moi depuis 2 ans
Wonen	Huisvesting	le loyer est trop cher et l'appartement est humide
Onderwijs en vrije tijd	Onderwijs	les fournitures scolaires et les excursions de l'école coûtent trop
Onderwijs en vrije tijd	Vrije tijd	mon fils veut faire du foot mais l'inscription est trop chere
Inkomen en gezondheid	Inkomen	on mange des tartines sans rien à la fin du mois
Inkomen en gezondheid	Gezondheid	le medecin c'est trop cher, on attend que ça passe
Communicatie en netwerkvorming	Welbevinden	je suis seule avec les enfants, je connais personne ici
Onderwijs en vrije tijd	Onderwijs	quelqu'un pour aider avec les devoirs
Inkomen en gezondheid	Inkomen	les allocations familiales arrivent en retard
Kinderopvang en opvoeding	Opvoeding	mon ado ne m'écoute plus, je sais plus quoi faire
Wonen	Huisvesting	logement social
Kinderopvang en opvoeding	Kinderopvang	accueil extrascolaire apres 16h
Inkomen en gezondheid	Welbevinden	stress tout le temps, je dors pas
Inkomen en gezondheid	Werk	un emploi avec des horaires compatibles avec l'école
Communicatie en netwerkvorming	Welbevinden	We willen de kwetsbare gezinnen benaderen met een positieve ingesteldheid, met ruimte voor vertrouwen.
Communicatie en netwerkvorming	Welbevinden	We zien dat de professionals op school en in de kinderopvang hun best doen om een goede relatie met ouders aan te knopen, maar nog niet altijd zien wat hun positieve invloed kan zijn op de relaties tussen ouders onderling.
Communicatie en netwerkvorming	Welbevinden	De koffie staat klaar, het is er gezellig en veilig.
Communicatie en netwerkvorming	Welbevinden	We gaan er blijkbaar vanuit dat mensen met een hoog inkomen hun eigen plan kunnen trekken en geen sociale steun nodig hebben.
Communicatie en netwerkvorming	Welbevinden	Behalve dan twee zaken: sociale netwerken worden als ondersteunend ervaren en iedereen kampt met tijdstekort.
Communicatie en netwerkvorming	Welbevinden	En niet beginnen met te zeggen: ‘Jullie hebben dat nodig.’ Hulpverleners kijken vaak eerst in het dossier, maar ze weten niet hoe het er thuis echt aan toe gaat.
Communicatie en netwerkvorming	Welbevinden	Je gaat op zoek naar het verbindende element, waardoor ouders, en zeker de meest kwetsbare, zich meer op hun gemak voelen in de groep.
Communicatie en netwerkvorming	Welbevinden	We vergeten dat de kennis over ‘Welke dienst doet wat’ en ‘Waar kan je welke vragen stellen’ niet vanzelfsprekend is.
Onderwijs en vrije tijd	Vrije tijd	Dat zorgt er wel voor dat mijn dochter op school zegt: “We zijn weer naar Plopsaland geweest!”.
Kinderopvang en opvoeding	Kinderopvang	Mijn kinderen vinden de crèche leuk, maar ik voel mij er echt niet op mijn gemak.
Communicatie en netwerkvorming	Welbevinden	Als de interactie tussen ouders ook een plaats kan krijgen op school of in de kinderopvang, kunnen we dat ook als verbindende plekken beschouwen.
Communicatie en netwerkvorming	Welbevinden	Dat werkt, want de moeders zijn verrassend open tegen elkaar.
Inkomen en gezondheid	Gezondheid	Er zijn veel mama’s die een depressie hebben, ik heb zelf ook depressies gehad.
Kinderopvang en opvoeding	Opvoeding	Zeker voor kwetsbare, aanstaande ouders is het belangrijk dat zij ondersteuning krijgen op de verschillende levensdomeinen, om materiële en immateriële noden te verbinden.
Communicatie en netwerkvorming	Welbevinden	Die dag ben ik naar het Huis van het Kind gegaan en dan helaas is er alles uitgekomen door het verdriet dat ik had.
Communicatie en netwerkvorming	Welbevinden	Als zij zeggen ‘Doe dat zo’ en wij willen dan niet, dan is onze begeleidster daar gelukkig mee akkoord.
Onderwijs en vrije tijd	Vrije tijd	Dat hebben we uiteraard ook gedaan, maar met dat abonnement kan ik hen iets geven zonder dat ik het elke keer voel in mijn portefeuille.
Communicatie en netwerkvorming	Welbevinden	We leren ook uit onderzoek dat een grote groep ouders behoefte heeft aan plekken waar ze andere ouders ontmoeten en dat geldt ook voor kinderen.
Communicatie en netwerkvorming	Welbevinden	Sociale steun kan verschillende vormen aannemen, zoals materiële steun (bv. uitlenen van kleding), informatie delen (bv. info voor schoolkeuze) en emotionele steun (bv. een luisterend oor vinden).
Communicatie en netwerkvorming	Welbevinden	Het isolement als ouder met je kind is geen goede opvoedingsbasis.
Kinderopvang en opvoeding	Opvoeding	Daarnaast ligt de nadruk vaak op opvoedingsondersteuning en thema’s als borstvoeding, babymassage en gezonde voeding.
Communicatie en netwerkvorming	Welbevinden	Zoals in het Huis van het Kind, ik weet dat dat van Kind & Gezin is en daar zal ik niet zo open zijn.
Kinderopvang en opvoeding	Opvoeding	Je kan wel een jongere begeleiden en trachten te ondersteunen, maar ook thuis zijn er kapstokken nodig.
Inkomen en gezondheid	Inkomen	We informeerden haar dat zij recht had op steunverlening vanuit het OCMW.
Communicatie en netwerkvorming	Welbevinden	Mensen vragen dus niet altijd om uitleg.
Kinderopvang en opvoeding	Opvoeding	Ik probeer ze zo ‘normaal’ mogelijk groot te laten worden.
Communicatie en netwerkvorming	Welbevinden	De link met armoede is bijzonder, want vreemd genoeg zien we dat de praktijken die echt inzetten op sociale steun heel vaak gesegregeerde praktijken zijn.
Communicatie en netwerkvorming	Welbevinden	Als men niet naar me luisterde, werd ik agressief.
Communicatie en netwerkvorming	Welbevinden	Deze vrijwilligers, vaak ervaringsdeskundigen in armoede, zorgen voor een veilige plek, bieden een tas koffie aan en doen een informeel gesprek.
Communicatie en netwerkvorming	Welbevinden	Zo heb ik huisbezoeken ook altijd aangevoeld als zeer kwetsbaar en intiem.
Communicatie en netwerkvorming	-	Vervolgens lezen ervaringsdeskundigen brochures vaak na om af te toetsen of deze voor de doelgroep duidelijk zijn.
Communicatie en netwerkvorming	Welbevinden	Ontmoetingsplekken kunnen zeer verschillend vorm krijgen, maar vaak wordt de functie toegewezen aan de inloopteams of worden ze gekoppeld aan een tweedehandsmarkt voor babykleding in het Huis van het Kind.
Inkomen en gezondheid	Inkomen	Als de kinderen gaan slapen dan eet ik zelf iets ongezonds, want dat is goedkoper.
Onderwijs en vrije tijd	Vrije tijd	Waar zijn hun speelkameraadjes en waar zijn hun ontmoetingsplekken?
Kinderopvang en opvoeding	Opvoeding	Daarnaast zijn er ook vaderrondes, een kiezel- en druppel- werking voor kleuters en hun ouders, een thematische groepswerking en spreekuren voor algemene vragen rond opgroeien en opvoeden.
Communicatie en netwerkvorming	Welbevinden	Hulpverleners handelen met goede bedoelingen, maar door onwetendheid of een gebrek aan ervaringskennis bestaat er een missing link.
Communicatie en netwerkvorming	Welbevinden	Er zijn kinderen die twee of drie maanden niet buiten zijn geweest en geen sociale contacten hebben gehad, dat is echt niet goed.
Kinderopvang en opvoeding	Opvoeding	We trachten hen in zichzelf te laten geloven als mens, maar ook als ouder en opvoedingsverantwoordelijke.
Onderwijs en vrije tijd	Onderwijs	Ik vond het toen belangrijk dat ik mijn kinderen naar school kon laten gaan en genoeg geld had om de bus te kunnen betalen.
Communicatie en netwerkvorming	Welbevinden	Er wordt niet alleen een beeld gevormd van mensen in armoede, mensen in armoede hebben vaak ook een bepaald beeld van hulpverleners en een beeld waaraan ze denken te moeten voldoen.
Onderwijs en vrije tijd	Onderwijs	Je scholing opgeven en vroegtijdig de school verlaten betekent niet alleen je toekomst opgeven, maar ook de toekomst van je familie en de toekomst van je land.
Communicatie en netwerkvorming	Welbevinden	Mensen schamen zich vaak om zich écht uit te drukken, ze gaan tijdens een huisbezoek naar boven, worden kwaad of doen zaken die je als hulpverlener niet begrijpt en je afschrikken…
Inkomen en gezondheid	Inkomen	Dus ik kook vers voor mijn kinderen, maar mama heeft zogezegd nog geen honger van al dat koken.
Onderwijs en vrije tijd	Vrije tijd	De kennismaking met de bib kan het beeld dat ze ervan hebben voor een stuk bijschaven.
Onderwijs en vrije tijd	Onderwijs	Het moment dat de jongere beslist zich in te zetten voor school of aan de slag te willen gaan met zijn of haar toekomst, is voor mij het allerbelangrijkste.
Kinderopvang en opvoeding	Opvoeding	Onze begeleidster gaat soms de kinderen afhalen op school, dan spelen ze samen spelletjes.
Onderwijs en vrije tijd	Vrije tijd	Dan moet ik niet zeggen: “Nee, deze week gaat het niet.” Nu zullen er mensen denken, gebruik dat geld voor het speelplein of iets anders, maar ik wil mijn kinderen ook iets leuk bieden dat ik samen met hen kan doen.
Communicatie en netwerkvorming	Welbevinden	Soms wil men mij al een datum voor een eerste afspraak geven, maar ik maak die afspraak liever zelf.
Communicatie en netwerkvorming	Welbevinden	Dan zijn deze ontmoetingsmomenten ontzettend belangrijk.
Communicatie en netwerkvorming	Welbevinden	Ook aanvaard worden als een niet klassiek of standaard gezin.
Inkomen en gezondheid	Inkomen	Onderbescherming is een probleem van gebruikers die de weg niet vinden op het complexe terrein van dienstverlening, advisering en ondersteuning.
Communicatie en netwerkvorming	Welbevinden	Je kan doorgeven dat een kind een allergie heeft, maar ik wil niet dat je gaat doorvertellen wat ik heb voorgehad in mijn privéleven.
Onderwijs en vrije tijd	Vrije tijd	Spel biedt leerkansen voor sociale en motorische vaardigheden, onderhandeling, zorg dragen voor iets, speelgoed delen, enzovoort.
Communicatie en netwerkvorming	Welbevinden	Ik kon gewoon vertellen wat ik zelf wilde vertellen.
Communicatie en netwerkvorming	Welbevinden	Vooral luisteren is belangrijk en dan pas een oordeel vellen.
Communicatie en netwerkvorming	Welbevinden	Begrip krijgen is belangrijk om te kunnen vertrouwen.
Communicatie en netwerkvorming	Welbevinden	Het is belangrijk dat ouders vanuit hun eigen wereld en beleving kunnen vertellen waar hun noden liggen.
Inkomen en gezondheid	Werk	Daarnaast is het belangrijk om de competenties te versterken om de kansen op de arbeidsmarkt te verhogen, zodat er toekomstperspectief is.
Onderwijs en vrije tijd	Onderwijs	De slaagkansen van kinderen uit kwetsbare gezinnen zijn verhoogd met 50%
Inkomen en gezondheid	Werk	Toen de vader weer werd afgewezen voor een job, wegens te weinig kennis van het Nederlands, zat hij er volledig door.
Onderwijs en vrije tijd	Onderwijs	Het einde van de vakantie nadert en daar zijn de lijstjes weer.
Kinderopvang en opvoeding	Kinderopvang	Ongeveer iets meer dan de helft van de kinderen gaat naar een kinderopvang, maar wat met de kinderen die daar niet terechtkomen?
Kinderopvang en opvoeding	Opvoeding	Dan zeiden ze dat dat zo moest, omdat de aanpak in de opvoeding anders niet zou werken.
Inkomen en gezondheid	Inkomen	ik kan mijn krediet nooit terugbetalen omdat mijn inkomen te laag is
Inkomen en gezondheid	Inkomen	Ze willen dan een PlayStation, een Nintendo Switch of een dvd, maar dat kan ik niet betalen.
Onderwijs en vrije tijd	Vrije tijd	Eigenlijk trachten we de mogelijkheden van het jeugdwerk open te leggen, zonder dat de jongere daaraan veel geld moet spenderen.
Onderwijs en vrije tijd	Onderwijs	Elk CLB kan bij een verontrustende situatie het CMP contacteren, dat op zijn beurt kan doorverwijzen naar projecten in het uitvalpreventienetwerk.
Inkomen en gezondheid	Inkomen	Ik cijfer mezelf weg, zoals bijvoorbeeld met gezonde voeding.
Communicatie en netwerkvorming	Welbevinden	We zijn sociale dieren en hebben die contacten broodnodig.
Onderwijs en vrije tijd	Vrije tijd	De bibliotheek wordt steeds meer ingericht als een ontmoetingsplek waar iedereen welkom is, wat nog extra versterkt wordt door de aanwezigheid van de spelotheek.
Inkomen en gezondheid	Inkomen	ik winkel nu op krediet om een nieuwe wasmachine te kunnen kopen
Kinderopvang en opvoeding	Opvoeding	Je moet niet telkens een kind uit huis pakken, omdat de ouders niet veel hebben.
Inkomen en gezondheid	Inkomen	Vroeger dacht ik dat een CAW mij kon helpen met mijn leefloon, maar dat is niet waar.
Communicatie en netwerkvorming	Welbevinden	Ik heb de instanties lang weggeduwd.
Kinderopvang en opvoeding	Kinderopvang	Bij de vorige kinderopvang deed ik mijn zoontje nog eens andere kleren aan voor ik hem afzette.
Kinderopvang en opvoeding	Kinderopvang	Een groot verschil tegenover de vorige opvang, want daar moest ik maar eens slecht overkomen.
Inkomen en gezondheid	Inkomen	Ik trek mijn plan met wat ik heb.
Communicatie en netwerkvorming	Welbevinden	Daarom heb ik schrik om aan iemand mijn verhaal te vertellen.
Onderwijs en vrije tijd	Vrije tijd	Om deze clubs en verenigingen toegankelijk te maken, gaan we met hen in overleg.
Communicatie en netwerkvorming	Welbevinden	De begeleidster is open met ons en wij zijn open tegen haar.
Inkomen en gezondheid	Inkomen	We bemiddelen dan door de factuur in de vorm van een afbetaling te vragen.
Onderwijs en vrije tijd	Vrije tijd	Het aanbieden van speelgoed is interessant voor gezinnen die minder financiële middelen hebben en spel is een taal die iedereen begrijpt.
Communicatie en netwerkvorming	Welbevinden	Ik denk dat we tijdens de lockdown gezien hebben wat het met kinderen doet om geïsoleerd te worden.
Onderwijs en vrije tijd	Vrije tijd	Bij de eerste kennismaking wilden de 4 kinderen meteen naar de bib, ze waren bijzonder vrolijk.
Communicatie en netwerkvorming	Welbevinden	Ik merkte dadelijk dat hij mijn problemen begreep en het gaf mij een gerust gevoel.
Inkomen en gezondheid	Inkomen	Maar voor mezelf, zal ik mijn kleren blijven herstellen en mijn schoenen telkens opnieuw lijmen voor ik nieuwe koop.
Onderwijs en vrije tijd	Vrije tijd	Wij gaan vaak naar Plopsaland, wij hebben daar een abonnement.
Communicatie en netwerkvorming	Welbevinden	Het Huis van het Kind binnenwandelen, is geen evidentie.
Communicatie en netwerkvorming	Welbevinden	Het is een misvatting dat iedereen makkelijk naar een dienst kan stappen.
Communicatie en netwerkvorming	Welbevinden	Of je leert mensen kennen via de kinderopvang, wat een voordeel is tegenover mensen die geen kinderopvang hebben.
Kinderopvang en opvoeding	Opvoeding	Dit alles maakt het voor ouders in kwetsbare omstandigheden extra uitdagend om hun kinderen op te voeden.
Communicatie en netwerkvorming	Welbevinden	De ontmoeting wordt ingezet als middel om hun eigen kracht te herstellen.
Communicatie en netwerkvorming	Welbevinden	Het gezin heeft geen of een zeer beperkt sociaal netwerk.
Inkomen en gezondheid	Werk	In de strijd tegen kinderarmoede is het bijgevolg belangrijk om de werkgelegenheid bij de ouders te verhogen.
Kinderopvang en opvoeding	Opvoeding	Gedurende het hele verloop van het project worden de (toekomstige) jonge ouders in hun prille ouderschap ondersteund.
Inkomen en gezondheid	Inkomen	Maar als dat niet mogelijk is, zijn gezinsondersteuners goed gepositioneerd om gezinnen te informeren over hun rechten en hen te ondersteunen om deze te proberen realiseren.
Inkomen en gezondheid	Gezondheid	Via samenwerking met afgevaardigden van de doelgroep en de Culturele Centrale van de Roma worden infosessies gegeven rond gevoelige thema’s, zoals het taboe rond anticonceptiemiddelen met vroege zwangerschappen als gevolg.
Onderwijs en vrije tijd	Onderwijs	Sommige oudere kinderen voelen zich zelfs gediscrimineerd door hun leerkrachten.
Communicatie en netwerkvorming	Welbevinden	Een ontmoetingsplaats voor kinderen en ouders biedt spel- en ontmoetingskansen aan kinderen en hun ouders.
Kinderopvang en opvoeding	Kinderopvang	Het is van belang dat kinderopvangvoorzieningen zo veel mogelijk hindernissen voor de tewerkstelling van vrouwen wegnemen.
Onderwijs en vrije tijd	Vrije tijd	Deelname aan vrijetijdsactiviteiten zal het sociaal, cultureel en emotioneel kapitaal van de kinderen doen toenemen en doorbreekt daarenboven ook het sociaal isolement van de ouders.
Inkomen en gezondheid	Inkomen	Outreachend casemanagement is zeer effectief in het aanpakken van dringende financiële problemen en het bieden van ondersteuning waar lokaal veel speelruimte is.
Wonen	Huisvesting	Een woning van slechte kwaliteit zorgt voor gezondheidsproblemen en een te beperkte oppervlakte beknot de bewegingsruimte en verhoogt de spanningen in het gezin.
Kinderopvang en opvoeding	Kinderopvang	Kansarme kinderen halen erg veel voordeel uit goede kinderopvang.
Inkomen en gezondheid	Werk	Het armoederisico ligt beduidend hoger voor kinderen in eenoudergezinnen (28%) en kinderen in gezinnen waar niemand werkt (69%) of waar er slechts beperkt wordt gewerkt (52%).
Kinderopvang en opvoeding	Kinderopvang	Ook los van deelname aan de arbeidsmarkt is (goede) kinderopvang nuttig.
Wonen	Huisvesting	We weten echter eveneens uit onderzoek dat kinderen die opgroeien in armoede een dubbel risico hebben: opgroeien in een gezin in armoede én opgroeien in een arme wijk.
Kinderopvang en opvoeding	Opvoeding	Vanuit een ontwikkelingspsychologisch perspectief zijn de eerste levensjaren van een kind cruciaal voor de ontwikkeling.
Kinderopvang en opvoeding	Opvoeding	Het toepassen van negatieve strategieën om met de stress om te gaan (wat vaak gepaard gaat met gevoelens van frustratie en woede), kan leiden tot ouderlijk gedrag dat een minder goede invloed kan hebben op de ontwikkeling van kinderen.
Wonen	Huisvesting	De lokale overheid kan investeren in kwaliteitsvol wonen via het aanbieden van sociale woningen, een nauwe opvolging van de leegstand en verkrotting op haar grondgebied en door controle op de kwaliteit en de betaalbaarheid van de private huurmarkt.
Communicatie en netwerkvorming	Welbevinden	Gezinnen hebben positieve ervaringen nodig om hun waardigheid terug te vinden, zonder moraliserende betutteling.
Kinderopvang en opvoeding	Kinderopvang	Ouders kunnen hun kind naar de opvang brengen wanneer ze bijvoorbeeld naar een sollicitatiegesprek moeten of een opleiding volgen.
Onderwijs en vrije tijd	Vrije tijd	Een vrij groot aantal OCMW’s realiseren ook groepsuitstappen (museum, pretpark, manifestatie).
Wonen	Huisvesting	Het is dus zeer belangrijk om kwetsbare jonge kinderen een betere woonsituatie te kunnen aanbieden.
Wonen	Huisvesting	Kinderen zijn extra gevoelig voor een slechte woonsituatie.
Inkomen en gezondheid	Inkomen	Het lukt ouders soms niet om te voorzien in de basisbehoeften van hun gezin, wat voor veel stress zorgt en de druk op het gezinsleven zeer groot kan maken (Kalthoff, 2018).
Inkomen en gezondheid	Inkomen	Als hun basisbehoeften niet vervuld kunnen worden, legt dat een bijkomende druk op het gezin.
Kinderopvang en opvoeding	Kinderopvang	Ondertussen bestaat er een ongelijke toegang tot kinderopvang.
Inkomen en gezondheid	Inkomen	Het inkomen van een gezin is cruciaal als we praten over vermijden of oplossen van armoede.
Inkomen en gezondheid	Gezondheid	Heel wat onderzoek toont aan dat gezondheid sterk gerelateerd is aan socio-economische status.
Onderwijs en vrije tijd	Onderwijs	schoolrekening te hoog, ik kan da ni in ene keer betalen
Kinderopvang en opvoeding	Kinderopvang	creche is te duur en ze hebbe toch geen plaats
Wonen	Huisvesting	ons huis is vochtig, overal schimmel op de kamer vd kleine
Inkomen en gezondheid	Werk	werk vinden met normale uren, ik moet de kinders om 15u30 aan de poort halen
Inkomen en gezondheid	Gezondheid	tandarts is te duur en mn zoon heeft al maanden pijn
Onderwijs en vrije tijd	Vrije tijd	da de kinderen ook naar de chiro kunnen zonder da ge u moet schamen voor het uniform
Communicatie en netwerkvorming	Welbevinden	soms wil ik gewoon eens babbelen met iemand die ni van een dienst is
Inkomen en gezondheid	Inkomen	ocmw
Communicatie en netwerkvorming	-	de brieven van de stad zijn te moeilijk, ik versta er niks van
Wonen	Huisvesting	huur is te hoog 850 euro voor een klein appartementje
Kinderopvang en opvoeding	Kinderopvang	kdv
Onderwijs en vrije tijd	Onderwijs	mn kind wordt gepest op school omdat hij altijd dezelfde kleren aanheeft
Inkomen en gezondheid	Werk	een job
Onderwijs en vrije tijd	Onderwijs	de juf zegt da ik moet helpen met huiswerk maar ik kan da zelf ni
Onderwijs en vrije tijd	Vrije tijd	speelplein in de zomer gratis maken
Communicatie en netwerkvorming	Welbevinden	ik weet ni waar ik moet zijn voor hulp, ze sturen mij van de ene dienst naar de andere
Inkomen en gezondheid	Inkomen	mijn man is ziek en kan ni werken, wij leven van de mutualiteit en da is te weinig
Kinderopvang en opvoeding	Opvoeding	opvoeding is zwaar alleen, mijn zoon luistert ni meer naar mij
Onderwijs en vrije tijd	Vrije tijd	nen hof of een pleintje waar de kinders kunne spelen, we zitten op een appartement zonder terras
Communicatie en netwerkvorming	Welbevinden	een babbelcafe
Onderwijs en vrije tijd	Onderwijs	zwemles is verplicht op school maar de bus moet ge zelf betalen
Wonen	Huisvesting	de huisbaas doet niks aan de kapotte chauffage
Wonen	Huisvesting	stroom en gas veel te duur gewordn, budgetmeter staat altijd op nul
Inkomen en gezondheid	Gezondheid	huisdokter neemt geen nieuwe patienten meer aan
Kinderopvang en opvoeding	Kinderopvang	vdab wil da ik een cursus volg maar ik heb geen opvang voor de kleinste
Wonen	Huisvesting	wachtlijst sociale woning al 6 jaar!!
Inkomen en gezondheid	Inkomen	leefloon is te weinig om rond te komen
Inkomen en gezondheid	Inkomen	schulden schulden schulden
Onderwijs en vrije tijd	Vrije tijd	mn dochter wil naar de academie voor muziek maar da kost te veel
Inkomen en gezondheid	Gezondheid	psycholoog te duur en wachtlijst bij het cgg is een jaar
Communicatie en netwerkvorming	Welbevinden	meer mamas leren kennen in de buurt, nu ken ik hier niemand
Kinderopvang en opvoeding	Kinderopvang	ibo tot 18u maar ik werk in de winkel tot half 7
Onderwijs en vrije tijd	Onderwijs	amai de schoolreis van 3 dagen kost 180 euro
Kinderopvang en opvoeding	Kinderopvang	ik wil mijn diploma halen in avondschool maar wie past er dan op de kinderen
Inkomen en gezondheid	Gezondheid	mn kind heeft een bril nodig maar ik heb het geld ni
Wonen	Huisvesting	met 5 in een 2 slaapkamer, de jongens slapen in de living
Onderwijs en vrije tijd	Onderwijs	huiswerkklas in de buurt aub
Communicatie en netwerkvorming	Welbevinden	da ze ons ni bekijken als profiteurs
Inkomen en gezondheid	Inkomen	verjaardagsfeestje van een vriendje, ik kan geen cadeau kopen dus hij gaat ni
Inkomen en gezondheid	Inkomen	voedselbank
Onderwijs en vrije tijd	Vrije tijd	voetbal kost 300e per jaar + schoenen, da gaat ni
Inkomen en gezondheid	Inkomen	pampers en babymelk zijn zo duur
Inkomen en gezondheid	Inkomen	ik wist ni dat ik recht had op de schooltoeslag, niemand had da gezegd
Onderwijs en vrije tijd	Onderwijs	de klas van mijn zoon gaat naar zee en hij mag ni mee omdat de rekening van vorig jaar nog open staat
Kinderopvang en opvoeding	Opvoeding	de thuisbegeleidster van kind en gezin komt elke week, da helpt echt met de baby
Onderwijs en vrije tijd	Vrije tijd	geen auto en de bus rijdt ni in het weekend naar de sporthal
Onderwijs en vrije tijd	Onderwijs	alles staat op smartschool en ik heb geen laptop
Inkomen en gezondheid	Werk	al 2 jaar zonder werk sinds de fabriek toe is
Wonen	Huisvesting	onze buurt is ni veilig, ze dealen aan de speeltuin
Wonen	Huisvesting	mn kind is altijd ziek door het vocht in de muren
Communicatie en netwerkvorming	Welbevinden	iemand die eens luistert zonder direct een dossier open te doen
Kinderopvang en opvoeding	Kinderopvang	opvang op zaterdag, ik poets in het weekend
Wonen	Huisvesting	ne groter huis met nen tuin
Onderwijs en vrije tijd	Vrije tijd	da de kindjes ook eens op vakantie kunne, al is het maar ne dag naar zee
Onderwijs en vrije tijd	Onderwijs	geen wifi thuis en alle taken moeten online
Kinderopvang en opvoeding	Opvoeding	opvoedingshulp in het arabisch of turks
Communicatie en netwerkvorming	Welbevinden	ik heb geen familie hier, niemand om op terug te vallen
Kinderopvang en opvoeding	Opvoeding	mn zoon van 15 hangt rond met de verkeerde gasten en ik weet ni wa doen
Inkomen en gezondheid	Werk	interim, nooit zeker van volgende week
Kinderopvang en opvoeding	Kinderopvang	wachtlijst voor een onthaalmoeder
Wonen	Huisvesting	ne kot is ni genoeg voor ne papa met 2 kinders in co ouderschap
Onderwijs en vrije tijd	Vrije tijd	bib is gratis maar da wist ik ni
Inkomen en gezondheid	Inkomen	eind vd maand eten we boterhammen met niks op
Wonen	Huisvesting	de kleine slaapt bij mij in bed want er is geen plaats voor nog een bed
Communicatie en netwerkvorming	Welbevinden	niemand belt mij ooit
Onderwijs en vrije tijd	Onderwijs	mijn zoon zit nu al 2 jaar thuis zonder school
Inkomen en gezondheid	Inkomen	als de brievenbus klapt krijg ik al buikpijn
Wonen	Huisvesting	s winters staan de ramen vol water en de muur wordt zwart
Kinderopvang en opvoeding	Kinderopvang	ik zoek werk maar zonder opvang lukt da ni en de creche zegt wachtlijst van een jaar
Onderwijs en vrije tijd	Onderwijs	een plek waar ze na school hun huiswerk kunnen maken in stilte, thuis is te klein
Onderwijs en vrije tijd	Vrije tijd	Toen mijn dochter vroeg waarom zij niet mee mocht op kamp met de jeugdbeweging, heb ik gezegd dat ze nog te jong was. Dat was niet waar.
Inkomen en gezondheid	Inkomen	Als maatschappelijk werker zie ik moeders die de kinderen eerst laten eten en zelf een maaltijd overslaan.
Wonen	Huisvesting	Wij hebben drie jaar op een lijst gestaan. Intussen sliepen de jongens op de zetel.
Onderwijs en vrije tijd	Onderwijs	Ik durf niet naar het oudercontact, want de juf praat over dingen die ik niet kan volgen.
Inkomen en gezondheid	Inkomen	Een kinderbegeleidster vertelde me dat sommige kindjes op maandag met honger binnenkomen.
Kinderopvang en opvoeding	Kinderopvang	De opvang gaat pas om half acht open, terwijl mijn shift om zes uur begint.
Kinderopvang en opvoeding	Opvoeding	Het zou helpen als er iemand aan huis kwam om mee te kijken naar het slapengaan en de ruzies tussen de kinderen.
Communicatie en netwerkvorming	Welbevinden	Na mijn scheiding had ik niemand meer. Ook mijn schoonfamilie was weg.
Onderwijs en vrije tijd	Onderwijs	Als leerkracht merk ik dat de kinderen die niet mee op zeeklassen gaan, zich de week erna buitengesloten voelen in de klas.
Wonen	Huisvesting	Mijn jongste hoest de hele winter. De verhuurder zegt dat we meer moeten verluchten.
Inkomen en gezondheid	Werk	Ik wil werken, maar elk contract dat ik krijg loopt maar twee weken.
Inkomen en gezondheid	Gezondheid	De apotheker laat me soms later betalen, anders had mijn zoon zijn puffer niet.
Communicatie en netwerkvorming	Welbevinden	Vroeger dacht ik dat ze mijn kinderen zouden afpakken als ik zei dat het niet meer ging.
Onderwijs en vrije tijd	Vrije tijd	Bij de voetbalclub vroegen ze elk weekend geld voor de verplaatsing. Na een half jaar is hij gestopt.
Wonen	Huisvesting	Als wijkagent kom ik in appartementen waar het behang van de muren loskomt.
Onderwijs en vrije tijd	Onderwijs	We kregen een envelop van de school die ik wekenlang niet durfde open te doen.
Communicatie en netwerkvorming	Welbevinden	In de groep met andere mama's merkte ik dat ik niet de enige was die 's nachts wakker lag.
Inkomen en gezondheid	Werk	Een consulent die eens naar mijn rijbewijs vraagt, daar heb ik meer aan dan aan nog een sollicitatietraining.
Inkomen en gezondheid	Inkomen	Ik heb leren koken met wat er in het pakket van de voedselbedeling zit.
Onderwijs en vrije tijd	Onderwijs	Mijn zoon zit al vier maanden thuis. Geen enkele school wil hem nog inschrijven.
Kinderopvang en opvoeding	Kinderopvang	Als onthaalouder zou ik graag een kindje opvangen zonder dat de mama eerst een werkattest moet tonen.
Kinderopvang en opvoeding	Opvoeding	De verpleegster van Kind en Gezin toonde me hoe ik de baby moest baden en hoe vaak ze moest drinken.
Onderwijs en vrije tijd	Vrije tijd	Als jeugdwerker ken ik jongeren die nog nooit buiten de stad zijn geweest.
Inkomen en gezondheid	Inkomen	Met wat ik overhoud na de huur en de elektriciteit kom ik tien dagen toe, daarna is het op.
Inkomen en gezondheid	Gezondheid	Als huisarts zie ik dat mensen hun controle uitstellen tot het echt niet meer gaat.
Communicatie en netwerkvorming	Welbevinden	Ik ken hier alleen de mensen van de bushalte. Verder groet niemand mij.
Inkomen en gezondheid	Gezondheid	Ze zeiden dat mijn dochter naar de logopedist moet, maar daar is een wachtlijst van een jaar en het kost veel.
Kinderopvang en opvoeding	Opvoeding	Als opvoedingsconsulent merk ik dat vaders zelden vragen stellen, terwijl ze evengoed twijfelen.
Wonen	Huisvesting	We zijn vier keer verhuisd in twee jaar, telkens omdat het contract niet verlengd werd.
Inkomen en gezondheid	Werk	Als ik mijn rijbewijs had, kon ik in de fabriek aan de slag, maar daar rijdt geen bus naartoe.
Wonen	Huisvesting	rent is too high, we live with 4 in one room
Onderwijs en vrije tijd	Vrije tijd	my kids cant go to the football club its too expensive
Inkomen en gezondheid	Werk	they dont accept my nursing degree from home so i clean offices
Kinderopvang en opvoeding	Kinderopvang	daycare please, no place anywhere for my baby
Onderwijs en vrije tijd	Onderwijs	school asks money all the time for trips and books
Communicatie en netwerkvorming	-	I dont understand the letters from the city, everything is in dutch
Inkomen en gezondheid	Gezondheid	doctor and medicine cost too much, sometimes we just wait
Communicatie en netwerkvorming	Welbevinden	I feel alone, no family here, nobody to talk to
Kinderopvang en opvoeding	Opvoeding	help with raising my teenage son, he doesnt listen to me anymore
Wonen	Huisvesting	landlord does nothing about the mold in the bathroom
Inkomen en gezondheid	Inkomen	we have debts and the bailiff came last week
Onderwijs en vrije tijd	Onderwijs	homework help for my daughter, i cant help her in dutch
Kinderopvang en opvoeding	Kinderopvang	after school care until 6pm because i work late
Onderwijs en vrije tijd	Vrije tijd	summer camps for kids whose parents cant pay
Inkomen en gezondheid	Inkomen	the benefit is not enough, end of the month there is no food
Wonen	Huisvesting	le loyer est trop cher pour nous
Kinderopvang en opvoeding	Kinderopvang	pas de place a la creche donc je peux pas travailler
Onderwijs en vrije tijd	Onderwijs	les frais scolaires sont trop eleves
Inkomen en gezondheid	Werk	je cherche du travail mais le vdab m'aide pas
Onderwijs en vrije tijd	Vrije tijd	le club de basket demande 250 euros, impossible pour nous
Inkomen en gezondheid	Inkomen	on a des dettes, j'arrive plus a payer les factures
Inkomen en gezondheid	Gezondheid	le medecin coute cher et il faut attendre longtemps pour un rdv
Communicatie en netwerkvorming	Welbevinden	personne a qui parler, toute ma famille est au maroc
Kinderopvang en opvoeding	Opvoeding	besoin d'aide pour l'education des enfants, ils m'ecoutent plus
Wonen	Huisvesting	humidite dans l'appart, les enfants toussent tout le temps
Onderwijs en vrije tijd	Onderwijs	les devoirs je peux pas aider, je parle pas neerlandais
Onderwijs en vrije tijd	Vrije tijd	un stage de vacances pas cher pour mes deux garcons
Inkomen en gezondheid	Inkomen	le cpas nous aide pas assez, le revenu d'integration est trop bas
Kinderopvang en opvoeding	Kinderopvang	la garderie apres l'ecole est trop chere
Communicatie en netwerkvorming	-	qu'on nous parle en francais ou avec un interprete a la commune
Communicatie en netwerkvorming	Welbevinden	Men moet afstappen van de idee dat sociale steun altijd verbonden moet zijn met vorming.
Communicatie en netwerkvorming	Welbevinden	Het gaat vaak over wederzijdse vooroordelen.
Communicatie en netwerkvorming	Welbevinden	Ze zeiden: ’We hopen dat het opgelucht heeft dat je erover kon praten en eens kon ventileren’.
Communicatie en netwerkvorming	Welbevinden	Ouders en kinderen uit kansengroepen hebben een sterke behoefte aan ontmoetingsplekken, maar het is voor veel meer ouders een wezenlijke behoefte.
Onderwijs en vrije tijd	Onderwijs	Wat we proberen te bereiken, is de jongeren op hun tempo te versterken in hun competenties.
Kinderopvang en opvoeding	Opvoeding	We willen echt van het Huis van het Kind een warme plek maken, waar ouders altijd welkom zijn.
Communicatie en netwerkvorming	Welbevinden	In de verschillende leefwerelden, tussen mensen die opgegroeid zijn in armoede en sociale uitsluiting enerzijds en hulpverleners, dienstverleners en beleidsmakers anderzijds, zijn er heel wat wederzijdse veronderstellingen en beelden die niet kloppen.
Communicatie en netwerkvorming	Welbevinden	Het is dan aan ons als hulpverleners om begrip te blijven opbrengen.
Communicatie en netwerkvorming	Welbevinden	Wij ondervinden dat ouders buiten de spelotheek ook contact houden met elkaar.
Communicatie en netwerkvorming	Welbevinden	Maar het doet wél goed dat er iemand erkende dat het niet aan mij lag.
Inkomen en gezondheid	Inkomen	Verse groenten en vers fruit zijn allemaal heel duur.
Onderwijs en vrije tijd	Vrije tijd	Het kan ook zijn dat we een broodje gaan eten, PlayStation spelen of naar de Basic-Fit gaan.
Communicatie en netwerkvorming	Welbevinden	Wat ik ook een meerwaarde vind, is ons warm onthaal door vrijwilligers.
Communicatie en netwerkvorming	Welbevinden	Als iemand mijn levensstijl niet begrijpt of niet wilt begrijpen, dan is dat al moeilijk.
Communicatie en netwerkvorming	Welbevinden	Als je je bewust profileert als een neutrale plek waar mensen met hun kind kunnen komen, zal de drempel voor vaders minder hoog zijn.
Kinderopvang en opvoeding	Opvoeding	Door de Covid-crisis en de lockdown is het nog duidelijker geworden wat het voor ouders betekent om 7 dagen op 7 alleen met hun kinderen thuis te zijn.
Communicatie en netwerkvorming	Welbevinden	Ik zeg: ‘Als er iets is, wees eerlijk tegen ons, wij zijn eerlijk tegen jou.’ Dat is echt › ouders aan het woord het belangrijkste, dat we elkaar durven vertrouwen en eerlijk zijn.
Onderwijs en vrije tijd	Vrije tijd	Het plezier beleven om van elkaar te kunnen leren, samen spelen, ontdekken en delen, dat zijn heel wezenlijke elementen in het opgroeien bij een kind.
Kinderopvang en opvoeding	Kinderopvang	Als we één keer een blauwe plek of iets verkeerd zien, bellen we direct naar het Vertrouwenscentrum.’ Toen ik vroeg hoe ze dit wisten, kreeg ik te horen dat de vorige kinderopvang alles verteld had.
Onderwijs en vrije tijd	Vrije tijd	De tijd van de grote gezinnen is voorbij, geboortecijfers dalen en steeds meer kinderen hebben geen broertje of zusje om thuis mee te spelen.
Communicatie en netwerkvorming	Welbevinden	Ik ben enorm bang dat ze mijn kinderen gaan afnemen, dus let ik op wat ik zeg.
Communicatie en netwerkvorming	Welbevinden	Enkel inzetten op het verenigen en verbinden van kansarme ouders zet in op het herkenningsgevoel, maar je breidt nooit de sociale cirkel van die mensen uit met andere mensen, andere netwerken en andere informatiekanalen.
Onderwijs en vrije tijd	Vrije tijd	Door de spelotheek in huis te nemen kunnen ook mensen die geen boeken lezen, zichzelf ontwikkelen en hun vaardigheden verruimen.
Kinderopvang en opvoeding	Opvoeding	In het Huis van het Kind ben ik twee of drie keer geweest.
Onderwijs en vrije tijd	Vrije tijd	Stel dat je als bibliotheek zegt: vanaf nu gaan we ook 500 speldozen aankopen en aanbieden.
Onderwijs en vrije tijd	Onderwijs	Tijdens mijn wekelijkse bezoekjes ging de aandacht nu wat meer naar hem: ik bezorgde hem stripalbums van Jommeke om ook wat grappig Nederlands leesmateriaal te hebben en bekijk nu of we een dvd-speler kunnen installeren zodat hij Nederlandstalige films kan bekijken.
Communicatie en netwerkvorming	Welbevinden	Dat zien we ook in de motivatie van ouders om naar een ontmoetingsplaats te komen.
Communicatie en netwerkvorming	Welbevinden	Het niet-veroordelende karakter van een veilige context zorgt bij de cliënt voor vertrouwen om bepaalde zaken te vertellen.
Onderwijs en vrije tijd	Onderwijs	Als je kijkt naar schooluitvalprojecten in het Antwerpse, komt de meerderheid van de jongeren trouwens uit een éénoudergezin of uit een gezin met een laag inkomen.
Inkomen en gezondheid	Inkomen	Ouders komen bij ons met vragen over het groeipakket of de mogelijkheden rond kinderopvang, maar gaandeweg komen ook andere zaken aan bod.
Inkomen en gezondheid	Inkomen	Ik kan het niet betalen met het geld dat ik heb, ik zit in een collectieve schuldbemiddeling.
Kinderopvang en opvoeding	Opvoeding	En dat doet deugd, want het komt zelden voor om te horen dat het niet alleen aan jou en aan jouw opvoeding ligt.
Communicatie en netwerkvorming	Opvoeding	Wanneer een andere mama zegt: ‘Ik heb jouw tip geprobeerd en dat lukt’, geeft dat wel echt een goed gevoel.
Inkomen en gezondheid	Inkomen	L. had geen financiële reserves en beschikte over geen enkele vorm van inkomsten.
Communicatie en netwerkvorming	Welbevinden	Je moet oprecht geïnteresseerd zijn als je vraagt hoe het gaat én je moet open staan voor het antwoord.
Kinderopvang en opvoeding	Opvoeding	Elk kind is anders, dus elke opvoedingssituatie is anders.
Wonen	Huisvesting	Wanneer door astma van een kind uitkomt dat het gezin in een beschimmelde kamer van een huisjesmelker woont, gaan we ook daarmee aan de slag.
Communicatie en netwerkvorming	Welbevinden	Mensen in armoede zijn vaak met heel wat diensten in contact en enkel de verplaatsingen, de bus nemen, op tijd komen, verschillende adressen opgeven in Google Maps… is al een uitdaging.
Communicatie en netwerkvorming	Welbevinden	Neen, gewoon geen oordeel vellen.
Kinderopvang en opvoeding	Opvoeding	Er zijn voor alle ouders, uit alle sociale klassen, momenten geweest waarop ze met de handen in het haar zaten.
Communicatie en netwerkvorming	Welbevinden	Andersom denken we dat mensen met een laag inkomen hun plan niet kunnen trekken en juist wel sociale steun nodig hebben.
Inkomen en gezondheid	Werk	Ik wil mijn diploma, ik wil een job.
Onderwijs en vrije tijd	Vrije tijd	We hebben aandacht voor de betaalbaarheid via een sociaal tarief, tweedehands uniform, carpoolen, probeerdagje, UiTpas in orde brengen of we verlenen zelf een tussenkomst via projectsubsidies.
Communicatie en netwerkvorming	Welbevinden	In het decreet staat terecht dat ontmoetingsmomenten een universele functie hebben die voor iedereen bestemd zijn.
Kinderopvang en opvoeding	Opvoeding	Men heeft aan verschillende ouders gevraagd wat zij moeilijk vinden aan de opvoeding van hun kinderen en wat ze ondersteunend vinden.
Kinderopvang en opvoeding	Opvoeding	Ouders plaatsen zichzelf vaak onterecht in een schuldpositie.
Communicatie en netwerkvorming	Welbevinden	Ik moet mij al zo vaak verantwoorden.
Communicatie en netwerkvorming	Welbevinden	Een CAW kan iets helemaal anders aanbieden dan een OCMW, gezinsondersteuning biedt op zijn beurt iets helemaal anders aan dan een OCMW...
Communicatie en netwerkvorming	Welbevinden	Bij het maken van een eerste afspraak, kan een cliënt al op heel wat drempels botsen.
Kinderopvang en opvoeding	Opvoeding	Er zijn heel wat lokale initiatieven die werken rond gezins- en opvoedingsondersteuning.
Communicatie en netwerkvorming	Welbevinden	Deze ontmoetingsmomenten zijn onderdeel van de werking van het Huis van het Kind.
Kinderopvang en opvoeding	Kinderopvang	Al te vaak zijn het precies die kinderen die niet naar de opvang gaan.
Kinderopvang en opvoeding	Kinderopvang	Wanneer de kosten voor kinderopvang hoog oplopen, hebben lage inkomensgezinnen slechts weinig baat bij hun tewerkstelling.
Onderwijs en vrije tijd	Onderwijs	Onderwijs zorgt voor het aanleren en ontwikkelen van de cognitieve capaciteiten en vaardigheden en stimuleert de doorstroming naar een comfortabele plaats op de arbeidsmarkt.
Wonen	Huisvesting	Op verschillende plaatsen bestaat een vorm van huurbegeleiding waarbij begeleiders de woonsituatie opvolgen en garant staan voor een degelijke huisvesting voor jonge kwetsbare gezinnen.
Wonen	Huisvesting	Wonen in een achtergestelde buurt betekent vaak ook dat er weinig succesvolle ‘rolmodellen’ zijn in de buurt.
Kinderopvang en opvoeding	Kinderopvang	Denk maar aan het inrichten van de openbare ruimte of openbaar vervoer, zodat ouders, kinderen en medewerkers zich vlot en veilig naar het kinderdagverblijf kunnen verplaatsen.
Inkomen en gezondheid	Gezondheid	Via die groepsactiviteit doet men aan preventieve gezondheidszorg.
Kinderopvang en opvoeding	Kinderopvang	Soms is er een volledig door het lokaal bestuur georganiseerd digitaal lokaal loket waar alle kindplaatsen op terug te vinden zijn en ouders zich al dan niet al kunnen registreren.
Onderwijs en vrije tijd	Vrije tijd	Het garanderen van een toegankelijke vrijetijdsbesteding is een onmisbare pijler in de lokale armoedebestrijding.
Onderwijs en vrije tijd	Vrije tijd	De OCMW’s krijgen sinds 2003 middelen van de federale overheid om de culturele, sportieve en sociale participatie van hun cliënten te bevorderen.
Onderwijs en vrije tijd	Onderwijs	De groep van peuters (30 maanden) is de groep die zich stilaan voorbereidt op de overstap naar de kleuterschool.
Wonen	Huisvesting	SHM’s en SVK’s staan voor kwalitatief goede woningen, maar vaak zijn het de ouders zelf die extra ondersteuning nodig hebben om naast hun goede woning ook een goede woonomgeving aan de kinderen aan te bieden.
Inkomen en gezondheid	Gezondheid	Zo wil men garanderen dat de jonge kinderen voldoende en juiste voeding krijgen.
Communicatie en netwerkvorming	Welbevinden	Kansarme kinderen krijgen de kans om hun sociaal netwerk uit te breiden en men gaat sociale uitsluiting tegen.
Inkomen en gezondheid	Inkomen	Werkloosheidsuitkeringen en sociale bijstand zijn onontbeerlijk om kinderen te beschermen tegen armoede.
Onderwijs en vrije tijd	Onderwijs	Allerlei drempels zorgen ervoor dat de meest kwetsbare groepen nog steeds worden uitgesloten van een kwaliteitsvol onderwijs.
Kinderopvang en opvoeding	Kinderopvang	Voor niet-werkende en geïsoleerde ouders kan kinderopvang ook de ademruimte bieden die soms nodig is.
Onderwijs en vrije tijd	Onderwijs	Met betrekking tot onderwijs zien we dat verschillende projecten inzetten op een warme overgang van de voorschoolse periode naar het kleuteronderwijs.
Onderwijs en vrije tijd	Vrije tijd	Vrijetijdsbeleving is belangrijk voor de persoonlijke ontwikkeling van kinderen op het gebied van culturele ontplooiing of het participeren aan sport.
Inkomen en gezondheid	Gezondheid	Ze hebben een slechter aanvoelen van de eigen gezondheid en hebben vaker te kampen met chronische aandoeningen en handicaps.
Kinderopvang en opvoeding	Opvoeding	Werken aan de opvoedkundige capaciteiten en aan het vertrouwen in de eigen ouderrol zijn hierbij belangrijke richtlijnen.
Kinderopvang en opvoeding	Kinderopvang	Op andere plaatsen is er nog helemaal geen systeem uitgewerkt en is het aan de ouders om zelf kinderdagverblijven en onthaalouders te contacteren en te vragen of er een plek beschikbaar is.
Inkomen en gezondheid	Inkomen	Wie geen recht heeft op een leefloon krijgt er geen, en daar zal een outreachend casemanager uiteraard niets aan veranderen.
Kinderopvang en opvoeding	Opvoeding	Zoals eerder beschreven is werken aan een sterke hechting belangrijk voor het versterken van de ouders in hun ouderrol.
Kinderopvang en opvoeding	Opvoeding	Blijvende zorg en steun bij de opvoeding in de eerste levensjaren bieden enorme mogelijkheden om armoede, ongelijkheid en maatschappelijke achterstelling te verminderen.
Kinderopvang en opvoeding	Kinderopvang	Ouders krijgen, omdat ze beschikken over kinderopvang, de kans tot het volgen van opleiding/ de mogelijkheid om te gaan werken en hun leven meer te structureren.
Kinderopvang en opvoeding	Kinderopvang	Kinderen in armoede en hun gezinnen maken onvoldoende gebruik van het aanbod aan kinderopvang.
Kinderopvang en opvoeding	Kinderopvang	Publieke kinderopvang is een belangrijke stimulans voor de tewerkstelling van moeders met jonge kinderen.
Communicatie en netwerkvorming	Welbevinden	De relaties van kinderen zijn cruciaal voor het subjectieve welbevinden.
Kinderopvang en opvoeding	Kinderopvang	Door het tekort aan voorzieningen krijgen inwoners moeilijk toegang tot bepaalde dienstverlening zoals kinderopvang, recreatie, kerken en scholen.
Inkomen en gezondheid	Gezondheid	Het uitgangspunt is dat de gezondheid en het welzijn van mensen afneemt naarmate hun sociaaleconomische positie daalt.
Kinderopvang en opvoeding	Kinderopvang	In totaal maakt 64% van alle gezinnen met kinderen onder de 3 jaar regelmatig gebruik van kinderopvang.
Onderwijs en vrije tijd	Vrije tijd	Vaak zijn ze beschaamd omdat ze weinig speelgoed hebben.
Inkomen en gezondheid	Gezondheid	Bevolkingsgroepen met een lager onderwijsniveau of een lagere beroepsstatus kampen met een slechtere gezondheid en kennen hierdoor een hoger risico op mortaliteit.
Onderwijs en vrije tijd	Onderwijs	Daarnaast is Nederlands de taal waarmee de kinderen later op school te maken krijgen.
Inkomen en gezondheid	Inkomen	Het OCMW opende (ism de gemeente, de Gezinsbond en een waaier aan partners) een winkel waar ouders met kinderen tussen 0 en speelgoed, kleding en pampers kunnen ruilen.
Kinderopvang en opvoeding	Kinderopvang	Via voldoende en kwalitatieve kinderopvang kunnen we er dus voor zorgen dat kinderen uit gezinnen in armoede het later ook beter doen op school en op de arbeidsmarkt.
Kinderopvang en opvoeding	Opvoeding	Opvang- en opvoedingsinitiatieven dragen bij tot een verhoogde draagkracht van de gezinnen en tot de voorspoedige ontwikkeling van de kinderen.
Kinderopvang en opvoeding	Opvoeding	In heel wat initiatieven zien we dat er laagdrempelige ontmoetingsruimtes worden ingericht waar ouders met hun jonge kinderen terecht kunnen en waar ze bijgestaan worden bij het spel en de opvoeding van hun kinderen.
Communicatie en netwerkvorming	Welbevinden	Er is dus kans tot gemengde ontmoeting met andere kinderen en ouders en er is geen stigmatiserende categoriale benadering.
Inkomen en gezondheid	Werk	Werk is immers geen garantie op een leven zonder armoede of is niet voor iedereen de beste oplossing.
Kinderopvang en opvoeding	Kinderopvang	Samen met het OCMW Houthalen-Helchteren wordt een onderzoek gevoerd naar de praktische haalbaarheid van tijdelijke kinderopvang.
Kinderopvang en opvoeding	Opvoeding	Het model van opvoedingsstress suggereert echter dat wanneer ouders met meer stress geconfronteerd worden, dit tot minder optimaal opvoedingsgedrag kan leiden (Abidin, 1992).
Communicatie en netwerkvorming	Welbevinden	Domo wil de levenskwaliteit van gezinnen verbeteren door het sociaal isolement te doorbreken en hen aansluiting te laten vinden in de maatschappij.
Kinderopvang en opvoeding	Kinderopvang	Dit wil zeggen dat de onthaalouder ook kinderen zal opvangen wiens ouder moet gaan solliciteren of onverwacht moet gaan werken (bijvoorbeeld via interim).
Onderwijs en vrije tijd	Vrije tijd	Naast een tekort aan gezondheids- en sociale dienstverlening, kan ook een tekort aan parken, bibliotheken en georganiseerde sociale en recreatieve activiteiten een negatieve invloed uitoefenen.
Kinderopvang en opvoeding	Opvoeding	Deze speelsessies worden ingezet als ‘trigger’ om opvoedingsondersteunend te kunnen werken naar ouders.
Onderwijs en vrije tijd	Onderwijs	Door het drukken van de schoolkosten en het voorkomen van sociale segregatie worden drempels weggewerkt.
Inkomen en gezondheid	Werk	Mensen met een job hebben minder kans op armoede dan mensen zonder werk.
Kinderopvang en opvoeding	Kinderopvang	Hun medewerkers kunnen ouders immers doorverwijzen én motiveren om tijdig op zoek te gaan naar een plaats in de kinderopvang.
Kinderopvang en opvoeding	Kinderopvang	Een kwaliteitsvolle kinderopvang creëert een emotioneel veilige omgeving, met sensitieve, ondersteunende en stimulerende interacties tussen de zorgverstrekker en het kind.
Communicatie en netwerkvorming	Welbevinden	Heel informeel kan men zo het eigen netwerk uitbouwen.
Kinderopvang en opvoeding	Kinderopvang	Vooral voor ouders in armoede kan er in bepaalde omstandigheden nood zijn aan een afwijking op het berekende inkomenstarief.
Inkomen en gezondheid	Inkomen	Mensen gaan anders handelen indien ze langdurig worden geconfronteerd met een tekort (aan geld, tijd of slaap)/.
Inkomen en gezondheid	Inkomen	Vaak kampen zij met een inkomen dat onvoldoende is om andere grondrechten te realiseren.
Kinderopvang en opvoeding	Opvoeding	Opvoedingsondersteuning begint reeds voor de geboorte door het voorzien van prenatale zorg.
Kinderopvang en opvoeding	Kinderopvang	Zeker wanneer er niet voor alle ouders een opvangplaats beschikbaar is, kunnen kwetsbare gezinnen uit de boot vallen.
Onderwijs en vrije tijd	Vrije tijd	Ook het fenomeen van de kortingssystemen (kaartenbank, vrijetijdspas, …) is relatief wijd verbreid.
Kinderopvang en opvoeding	Kinderopvang	Nochtans kan de kinderopvang goed zijn voor de taalontwikkeling van het kind, de kennismaking met een ander cultureel kader, ander voedsel, enzovoort. in Antwerpen.
Inkomen en gezondheid	Inkomen	frigo is leeg tegen den 20ste
Kinderopvang en opvoeding	Kinderopvang	geen plek in de kdv
Wonen	Huisvesting	schimmel in slaapkamer vd kinderen
Inkomen en gezondheid	Inkomen	ocmw geeft maar 50 euro voedselbonnen
Kinderopvang en opvoeding	Kinderopvang	bso is te duur vr 3 kinderen
Onderwijs en vrije tijd	Onderwijs	mijne zoon mag ni mee op schoolreis want geen geld
Kinderopvang en opvoeding	Kinderopvang	job zoeken is moeilijk want opvang stopt om 6u
Onderwijs en vrije tijd	Vrije tijd	zwemles te duur
Onderwijs en vrije tijd	Onderwijs	huiswerk kan ik niet helpen, versta geen nederlands
Communicatie en netwerkvorming	Welbevinden	ik ken hier niemand sinds we verhuisd zijn
Wonen	Huisvesting	de verwarming is kapot en de proprio doet niks
Inkomen en gezondheid	Inkomen	papieren vr groeipakket invullen lukt mij ni
Wonen	Huisvesting	kinderen zijn veel ziek door vocht in huis
Onderwijs en vrije tijd	Onderwijs	geen geld voor schoolgerief
Onderwijs en vrije tijd	Vrije tijd	speelplein in de zomer is top maar te ver
Onderwijs en vrije tijd	Vrije tijd	jeugdbeweging kost uniform en kamp, te veel
Inkomen en gezondheid	Werk	mijn man is werkloos al 2 jaar
Inkomen en gezondheid	Inkomen	deurwaarder staat elke maand aan de deur
Inkomen en gezondheid	Welbevinden	ik slaap ni meer van de zorgen
Onderwijs en vrije tijd	Onderwijs	mn dochter wordt gepest op school omdat ze oude kleren draagt
Kinderopvang en opvoeding	Kinderopvang	kdv zegt dat ik moet werken voor een plaats
Kinderopvang en opvoeding	Opvoeding	de opvoeding van mijn puber lukt niet meer, hij luistert ni
Kinderopvang en opvoeding	Opvoeding	ruzie met de kinderen elke avond
Kinderopvang en opvoeding	Opvoeding	iemand die efkes aan huis komt helpen met de kinderen opvoeden
Kinderopvang en opvoeding	Opvoeding	huis vh kind is ver met de bus
Onderwijs en vrije tijd	Onderwijs	geen internet thuis vr huiswerk vd kinderen
Onderwijs en vrije tijd	Onderwijs	de juf spreekt alleen over problemen, nooit iets positiefs
Kinderopvang en opvoeding	Kinderopvang	niemand om op de kinderen te letten als ik ziek ben
Kinderopvang en opvoeding	Kinderopvang	onthaalmoeder gestopt, nu niks
Kinderopvang en opvoeding	Kinderopvang	opvang in de vakantie is vol
Onderwijs en vrije tijd	Vrije tijd	gratis sportkamp in de paasvakantie
Onderwijs en vrije tijd	Vrije tijd	bib is gratis, daar gaan we veel
Onderwijs en vrije tijd	Vrije tijd	uitpas met korting ken ik ni
Wonen	Huisvesting	appartement te klein, 4 kinderen op 1 kamer
Wonen	Huisvesting	energiefactuur 300 euro per maand
Wonen	Huisvesting	budgetmeter vr gas, in de winter is het koud
Inkomen en gezondheid	Werk	vdab opleiding gedaan maar nog altijd geen werk
Inkomen en gezondheid	Werk	taalles nederlands om werk te vinden
Onderwijs en vrije tijd	Vrije tijd	met de kinderen nooit op vakantie, de anderen vertellen dan op school
Onderwijs en vrije tijd	Vrije tijd	verjaardagsfeestje van klasgenoot, geen geld vr cadeau dus ze gaat ni
Inkomen en gezondheid	Gezondheid	psycholoog is te duur en wachtlijst
Inkomen en gezondheid	Gezondheid	medicatie vr mijn zoon, elke maand 40 euro
Inkomen en gezondheid	Gezondheid	ziekenfonds betaalt niet alles terug
Communicatie en netwerkvorming	Welbevinden	ik schaam mij om naar het ocmw te gaan
Communicatie en netwerkvorming	Welbevinden	ze behandelen je als een nummer aan het loket
Communicatie en netwerkvorming	Welbevinden	praatgroep met andere mamas
Communicatie en netwerkvorming	Welbevinden	info komt nooit bij ons, alles op facebook en wij hebben geen data
Communicatie en netwerkvorming	Welbevinden	allee alleen met 3 kinderen, geen familie hier
Onderwijs en vrije tijd	Onderwijs	school vraagt altijd geld voor uitstappen en zwemmen
Onderwijs en vrije tijd	Onderwijs	mijne gast moet een jaar overdoen
Onderwijs en vrije tijd	Onderwijs	ze wilden hem in buitengewoon onderwijs zetten maar hij is ni dom
Onderwijs en vrije tijd	Onderwijs	lo lessen, geen sportschoenen
Onderwijs en vrije tijd	Vrije tijd	geen speeltuin in onze wijk, alles is beton
Wonen	Huisvesting	huisjesmelker vraagt 750 voor een kot met vocht
Wonen	Huisvesting	we zijn uit ons huis gezet, nu bij mijn zus op de zetel
Inkomen en gezondheid	Inkomen	eten vd voedselbank maar nooit vers fruit
Inkomen en gezondheid	Inkomen	alleenstaand en de alimentatie komt ni
Kinderopvang en opvoeding	Kinderopvang	naschoolse opvang sluit om 17u, ik werk tot 18u
Inkomen en gezondheid	Gezondheid	de kleine is altijd moe en ziek, dokter zegt slechte voeding
Wonen	Huisvesting	woonig is vochtig en koud
Kinderopvang en opvoeding	Opvoeding	ik weet ni hoe ik grenzen moet stellen
Kinderopvang en opvoeding	Opvoeding	mijn kind zit te veel op de gsm, wat moet ik doen
Inkomen en gezondheid	Inkomen	kinderbijslag te laat gestort
Kinderopvang en opvoeding	Kinderopvang	bso
Wonen	Huisvesting	amai de huur is zo hoog en dan nog de school vd kinderen betalen
Communicatie en netwerkvorming	-	website vd gemeente snap ik ni
Onderwijs en vrije tijd	Onderwijs	juf zegt dat hij taalachterstand heeft
Inkomen en gezondheid	Inkomen	Een mama vertelde dat ze haar kinderen 's avonds vroeg in bed legt, zodat ze de honger niet voelen.
Communicatie en netwerkvorming	Welbevinden	Volgens de maatschappelijk werker durven veel ouders niet naar het OCMW uit schrik dat hun verhaal bij de jeugdhulp terechtkomt.
Inkomen en gezondheid	Werk	Een papa zei dat hij al twintig keer gesolliciteerd heeft en nooit een antwoord krijgt.
Inkomen en gezondheid	Inkomen	Een leerkracht merkt dat sommige kinderen op maandag zonder boterhammen aankomen omdat er thuis niets meer is.
Kinderopvang en opvoeding	Kinderopvang	Een moeder legt uit dat de crèche haar pas een plaats geeft als ze een arbeidscontract toont, en zonder opvang vindt ze geen werk.
Kinderopvang en opvoeding	Opvoeding	Een medewerker van het Huis van het Kind vertelt dat ouders pas na een paar keer koffie durven vragen hoe ze met een huilende baby omgaan.
Onderwijs en vrije tijd	Onderwijs	Een mama vertelde dat haar zoon niet mee mocht op bosklassen omdat de rekening van de school nog openstond.
Wonen	Huisvesting	Een ouder zei dat ze al vier jaar op een sociale woning wacht en intussen onder een lekkend dak woont.
Onderwijs en vrije tijd	Vrije tijd	Een vrijwilliger vertelt dat de kinderen in de wijk nergens veilig kunnen voetballen.
Communicatie en netwerkvorming	Welbevinden	Een mama gaf aan dat ze zich heel alleen voelt sinds haar scheiding, zonder familie in de buurt.
Inkomen en gezondheid	Gezondheid	Een papa vertelde dat zijn dochter een bril nodig heeft, maar dat hij wacht tot het volgende loon.
Communicatie en netwerkvorming	-	Een schepen merkte op dat de folders van de gemeente voor veel ouders te moeilijk geschreven zijn.
Onderwijs en vrije tijd	Onderwijs	Een mama vertelde dat ze zich schaamt als de juf vraagt waarom haar zoon nog altijd geen turnzak heeft.
Kinderopvang en opvoeding	Opvoeding	Een gezinsbegeleider ziet dat jonge moeders vaak twijfelen of ze het wel goed doen met hun baby.
Inkomen en gezondheid	Werk	Een papa vertelde dat hij door zijn nachtwerk in de fabriek nooit zeker is van zijn contract.
Inkomen en gezondheid	Gezondheid	Een huisarts merkt dat gezinnen een afspraak uitstellen tot het echt niet meer gaat, uit schrik voor de rekening.
Onderwijs en vrije tijd	Onderwijs	Een mama vertelde dat ze het zwemmen met de klas elke maand thuis moet uitsparen.
Onderwijs en vrije tijd	Vrije tijd	Een jeugdwerker zegt dat de jongeren het lidgeld van de club niet kunnen betalen en dan maar op straat hangen.
Wonen	Huisvesting	Een ouder vertelde dat de verhuurder weigert de schimmel aan te pakken en dreigt met opzeg als ze klaagt.
Communicatie en netwerkvorming	Welbevinden	Een mama zei dat ze pas rust vond toen iemand van het CAW naar haar verhaal luisterde zonder te oordelen.
Wonen	Huisvesting	Een medewerker van de woonmaatschappij vertelt dat grote gezinnen bijna geen passende woning vinden.
Inkomen en gezondheid	Inkomen	Een papa gaf aan dat hij door zijn schulden niet meer weet waar hij moet beginnen met al die brieven.
Kinderopvang en opvoeding	Kinderopvang	Een onthaalouder merkt dat ouders zonder werk achteraan de lijst staan omdat werkende ouders voorrang krijgen.
Onderwijs en vrije tijd	Vrije tijd	Een mama vertelde dat haar kinderen de hele zomervakantie binnen zitten omdat de kampen te duur zijn.
Onderwijs en vrije tijd	Onderwijs	Een directeur zegt dat de school sommige ouders pas ziet als er een probleem is met hun kind in de klas.
Inkomen en gezondheid	Werk	Een moeder vertelde dat ze bij haar poetsjob elke week een ander uurrooster krijgt en nooit vooruit kan plannen.
Communicatie en netwerkvorming	Welbevinden	Een ouder zei dat ze zich pas gezien voelde toen een andere mama haar uitnodigde voor een koffie na schooltijd.
Wonen	Huisvesting	Een maatschappelijk werker merkt dat gezinnen hun energiefactuur niet kunnen betalen en dan in de kou zitten.
Kinderopvang en opvoeding	Opvoeding	Een papa vertelde dat hij niet weet hoe hij zijn zoon moet straffen zonder te roepen.
Inkomen en gezondheid	Gezondheid	Een mama vertelde dat haar dochter met astma vaak thuisblijft omdat de pompjes te duur zijn.
Inkomen en gezondheid	Inkomen	no money for food end of the month
Kinderopvang en opvoeding	Kinderopvang	i need daycare so i can work
Onderwijs en vrije tijd	Onderwijs	school trips are too expensive for us
Onderwijs en vrije tijd	Vrije tijd	my kids have no place to play football
Communicatie en netwerkvorming	Welbevinden	i feel alone here, no family no friends
Inkomen en gezondheid	Werk	looking for job but nobody call back
Inkomen en gezondheid	Gezondheid	doctor to expensive, we wait
Kinderopvang en opvoeding	Opvoeding	my son dont listen anymore, i dont know what to do
Wonen	Huisvesting	waiting list social housing is years
Communicatie en netwerkvorming	Welbevinden	the people at the ocmw dont listen to me
Onderwijs en vrije tijd	Vrije tijd	summer camp for kids cost too much
Kinderopvang en opvoeding	Kinderopvang	after school care close to early
Inkomen en gezondheid	Inkomen	pas assez d'argent pour manger a la fin du mois
Wonen	Huisvesting	le proprio ne fait rien contre l'humidite
Kinderopvang en opvoeding	Kinderopvang	pas de place en creche
Inkomen en gezondheid	Werk	je cherche du travail depuis 2 ans
Inkomen en gezondheid	Gezondheid	le dentiste c'est trop cher pour nous
Kinderopvang en opvoeding	Opvoeding	ma fille ne m'ecoute plus, on se dispute tout le temps
Wonen	Huisvesting	logement social attente trop longue
Inkomen en gezondheid	Inkomen	dettes, huissier
Communicatie en netwerkvorming	Welbevinden	au cpas ils me jugent
Onderwijs en vrije tijd	Vrije tijd	stage de vacances trop cher
Kinderopvang en opvoeding	Kinderopvang	garderie apres l'ecole ferme a 17h
Wonen	Huisvesting	huurprijs stijgt elk jaar, loon ni
Inkomen en gezondheid	Werk	geen werk gevonden met mijn diploma van marokko
Inkomen en gezondheid	Gezondheid	tandarts vr de kinderen, we gaan ni meer
Wonen	Huisvesting	al 6 jaar ingeschreven vr ne sociale, nog altijd niks
Inkomen en gezondheid	Gezondheid	huisarts wil geen nieuwe patienten meer
Kinderopvang en opvoeding	Kinderopvang	kribbe te ver van mijn werk
Inkomen en gezondheid	Werk	contract van 1 week bij het interimkantoor
Inkomen en gezondheid	Inkomen	op het einde vd maand enkel nog pasta
Inkomen en gezondheid	Inkomen	afbetalingsplan loopt nog 3 jaar
Inkomen en gezondheid	Welbevinden	koppijn van al dat piekeren
Communicatie en netwerkvorming	Welbevinden	de maatschappelijk assistent belt nooit terug
Onderwijs en vrije tijd	Vrije tijd	chiro
Wonen	Huisvesting	the landlord doesnt repair the mould in bedroom
Onderwijs en vrije tijd	Onderwijs	i cant help my kids with homework because dutch
Inkomen en gezondheid	Inkomen	too much depts, letters every week
Onderwijs en vrije tijd	Onderwijs	l'ecole demande toujours de l'argent pour les sorties
Onderwijs en vrije tijd	Vrije tijd	ma fille voudrait faire de la danse mais pas les moyens
Communicatie en netwerkvorming	Welbevinden	seule ici avec les enfants, pas d'amis
Onderwijs en vrije tijd	Onderwijs	devoirs en neerlandais, je sais pas aider mon fils
Inkomen en gezondheid	Inkomen	geen geld vr winterjassen vd kinderen, ze lopen met 2 truien
Onderwijs en vrije tijd	Onderwijs	schoolfactuur in stukjes kunne betalen
Onderwijs en vrije tijd	Onderwijs	gratis huiswerkbegeleding aub
Onderwijs en vrije tijd	Onderwijs	juf die uitlegt zonder da we ons moete schamen
Onderwijs en vrije tijd	Onderwijs	schoolreizen zijn te duur
Onderwijs en vrije tijd	Onderwijs	laptop vr school, ze moete alles online doen
Onderwijs en vrije tijd	Onderwijs	boeke en schriften gratis
Communicatie en netwerkvorming	Onderwijs	brieve vd school snap ik ni
Onderwijs en vrije tijd	Onderwijs	clb dat eens echt luistert
Onderwijs en vrije tijd	Onderwijs	turnzak en zwemgerief kost te veel
Onderwijs en vrije tijd	Onderwijs	huiswerkklas na 4u
Onderwijs en vrije tijd	Onderwijs	mijne zoon mag ni blijven zitten
Onderwijs en vrije tijd	Onderwijs	meer juffen die tijd hebbe vr de kinders
Onderwijs en vrije tijd	Onderwijs	bijles wiskunde betaalbaar
Onderwijs en vrije tijd	Onderwijs	oudercontact op een uur da ik kan
Onderwijs en vrije tijd	Onderwijs	schoolgerief in september, amai
Onderwijs en vrije tijd	Onderwijs	kleuterschool vanaf 2,5j
Inkomen en gezondheid	Inkomen	studietoelage aanvragen is moeilijk
Onderwijs en vrije tijd	Welbevinden	da ze ni gepest wordt op school om haar kleren
Onderwijs en vrije tijd	Onderwijs	secundair met stage, ni enkel theorie
Onderwijs en vrije tijd	Onderwijs	computer + internet thuis vr huiswerk
Onderwijs en vrije tijd	Vrije tijd	speelplein
Onderwijs en vrije tijd	Vrije tijd	lidgeld voetbal te duur
Onderwijs en vrije tijd	Vrije tijd	uitpas met korting
Onderwijs en vrije tijd	Vrije tijd	zwemme met de kids
Onderwijs en vrije tijd	Vrije tijd	uniform jeugdbeweging 2dehands
Onderwijs en vrije tijd	Vrije tijd	chiro ofzo vr mijne kleine
Onderwijs en vrije tijd	Vrije tijd	speeltuin dichtbij, ni over de grote baan
Onderwijs en vrije tijd	Vrije tijd	kamp betalen in schijven
Onderwijs en vrije tijd	Vrije tijd	ne keer naar zee met heel t gezin
Onderwijs en vrije tijd	Vrije tijd	muziekschool is te duur vr ons
Onderwijs en vrije tijd	Vrije tijd	bib open op zaterdag
Onderwijs en vrije tijd	Vrije tijd	sportkamp paasvakantie
Onderwijs en vrije tijd	Vrije tijd	speelpleinwerking ook in de herfstvakantie
Onderwijs en vrije tijd	Vrije tijd	ne film kunne zien me de kinders
Onderwijs en vrije tijd	Vrije tijd	iemand die ze naar de sportclub brengt
Onderwijs en vrije tijd	Vrije tijd	danles vr mijn dochter
Onderwijs en vrije tijd	Vrije tijd	gratis uitstappen in de grote vakantie
Onderwijs en vrije tijd	Vrije tijd	jeugdhuis open op woensdag
Inkomen en gezondheid	Inkomen	leefloon ni genoeg vr 3 kinders
Inkomen en gezondheid	Inkomen	afbetalingen
Inkomen en gezondheid	Inkomen	budgetbeheer ocmw
Inkomen en gezondheid	Inkomen	groeipakket op tijd
Inkomen en gezondheid	Inkomen	sociale kruidenier dichterbij
Inkomen en gezondheid	Inkomen	voedselpakket zonder schaamte
Inkomen en gezondheid	Inkomen	kleding
Inkomen en gezondheid	Inkomen	eind vd maand gene eten meer
Inkomen en gezondheid	Inkomen	premies automatisch krijgen
Inkomen en gezondheid	Inkomen	ocmw dat ni elke keer alles opnieuw vraagt
Inkomen en gezondheid	Inkomen	afbetalingsplan energiefactuur
Inkomen en gezondheid	Inkomen	verhoogde tegemoetkoming wist ik ni
Inkomen en gezondheid	Inkomen	schuldbemiddeling sneller
Inkomen en gezondheid	Inkomen	pampers zijn duur
Inkomen en gezondheid	Inkomen	alimentatie komt nooit
Inkomen en gezondheid	Inkomen	brooddoos vullen lukt ni altijd
Inkomen en gezondheid	Inkomen	sociaal tarief water en gas
Inkomen en gezondheid	Inkomen	cadeautje vr sint kunne kopen
Inkomen en gezondheid	Inkomen	deurwaarder aan de deur
Wonen	Huisvesting	sociale woning, wachtlijst 6 jaar
Wonen	Huisvesting	schimmel in de kamer vd kinderen
Wonen	Huisvesting	huurprijzen!!
Wonen	Huisvesting	grotere woonst
Wonen	Huisvesting	huisbaas doet niks aan het dak
Wonen	Huisvesting	huurwaarborg kunne betalen
Wonen	Huisvesting	woonig met tuintje
Wonen	Huisvesting	verwarming kapot al 2 maand
Wonen	Huisvesting	isolatie zodat de rekening zakt
Wonen	Huisvesting	kamer vr elk kind
Wonen	Huisvesting	ni uit huis gezet worden
Wonen	Huisvesting	woonbegeleiding vr als ge ni weet hoe
Wonen	Huisvesting	appartement met lift, ik heb nen buggy
Wonen	Huisvesting	huurpremie
Wonen	Huisvesting	veilige buurt zonder drugs
Inkomen en gezondheid	Gezondheid	tandarts vr de kleine
Inkomen en gezondheid	Gezondheid	nen bril kost te veel
Inkomen en gezondheid	Gezondheid	pyscholoog betaalbaar
Inkomen en gezondheid	Gezondheid	huisarts met derdebetaler
Inkomen en gezondheid	Gezondheid	medicatie te duur
Inkomen en gezondheid	Gezondheid	wachtlijst cgg veel te lang
Inkomen en gezondheid	Gezondheid	gezond leren koken met weinig geld
Inkomen en gezondheid	Gezondheid	logopedie terugbetaald
Inkomen en gezondheid	Gezondheid	beugel vr mijne zoon
Inkomen en gezondheid	Gezondheid	wijkgezondheidscentrum
Inkomen en gezondheid	Gezondheid	kine na het ongeval
Inkomen en gezondheid	Gezondheid	ziekenhuisfactuur
Inkomen en gezondheid	Gezondheid	vacins gratis
Inkomen en gezondheid	Gezondheid	spoed zonder schrik vr de rekening
Inkomen en gezondheid	Welbevinden	rust
Communicatie en netwerkvorming	Welbevinden	ni alleen staan
Communicatie en netwerkvorming	Welbevinden	iemand om mee te klappen as t ni gaat
Communicatie en netwerkvorming	Welbevinden	respect aan het loket
Inkomen en gezondheid	Welbevinden	minder stress
Communicatie en netwerkvorming	Welbevinden	mama vriendinnen
Communicatie en netwerkvorming	Welbevinden	ni veroordeeld worden
Communicatie en netwerkvorming	Welbevinden	ne koffie met andere mamas
-	Welbevinden	da mijn kindjes gelukkig zijn
Communicatie en netwerkvorming	Welbevinden	buren die goeiendag zeggen
Communicatie en netwerkvorming	Welbevinden	meer zelfvertrouwen krijgen
Communicatie en netwerkvorming	Welbevinden	gene schaamte meer
Kinderopvang en opvoeding	Kinderopvang	plaatske in de creche
Kinderopvang en opvoeding	Kinderopvang	opvang op woensdagnamiddag vr de kleinste
Kinderopvang en opvoeding	Kinderopvang	onthaalmoeder betaalbaar
Kinderopvang en opvoeding	Kinderopvang	ibo in de vakantie
Kinderopvang en opvoeding	Kinderopvang	kinderopvang als ik ga solliciteren
Kinderopvang en opvoeding	Kinderopvang	occasionele opvang vr als ik naar t ocmw moet
Kinderopvang en opvoeding	Kinderopvang	kdv met inkomenstarief
Kinderopvang en opvoeding	Kinderopvang	voorschoolse opvang om 7u
Kinderopvang en opvoeding	Kinderopvang	plaats in de opvang ook zonder werk
Kinderopvang en opvoeding	Kinderopvang	babysit vr 1 avondje
Kinderopvang en opvoeding	Kinderopvang	opvang als ze ziek zijn
Kinderopvang en opvoeding	Kinderopvang	kinderopvang s avonds vr ploegen
Kinderopvang en opvoeding	Opvoeding	huis vh kind open op zaterdag
Kinderopvang en opvoeding	Opvoeding	hulp aan huis bij de opvoeding
Kinderopvang en opvoeding	Opvoeding	tips als ze ni wil slapen
Kinderopvang en opvoeding	Opvoeding	opvoedingswinkel
Kinderopvang en opvoeding	Opvoeding	grensen stellen bij tieners
Kinderopvang en opvoeding	Opvoeding	verpleegster van kind en gezin aan huis
Kinderopvang en opvoeding	Opvoeding	oudergroep in t nederlands en arabisch
Kinderopvang en opvoeding	Opvoeding	ruzie thuis door de gsm
Kinderopvang en opvoeding	Opvoeding	papas ook betrekken
Inkomen en gezondheid	Werk	job
Inkomen en gezondheid	Werk	vdab cursus met opvang erbij
Inkomen en gezondheid	Werk	werk met uren vr alleenstaande mama
Inkomen en gezondheid	Werk	diploma erkend krijgen
Inkomen en gezondheid	Werk	interim altijd maar korte contracten
Inkomen en gezondheid	Werk	hulp bij solliciteren
Inkomen en gezondheid	Werk	artikel 60
Inkomen en gezondheid	Werk	werk dichtbij zonder auto
Inkomen en gezondheid	Werk	rijbewijs halen vr werk
-	-	bus rijdt ni meer na 7u
Communicatie en netwerkvorming	-	gratis wifi op t plein
Onderwijs en vrije tijd	Onderwijs	De juf van mijn dochter belde mij gewoon op als er iets was, in plaats van een briefje mee te geven. Daardoor durfde ik ook naar het oudercontact te gaan.
Onderwijs en vrije tijd	Onderwijs	Op school moesten we niets meer betalen voor uitstappen, de directeur had dat geregeld. Mijn zoon kon eindelijk mee zonder dat iedereen wist waarom hij anders thuisbleef.
Onderwijs en vrije tijd	Onderwijs	Wat het verschil maakte was de huiswerkbegeleidster die elke dinsdag langskwam. Ze legde het niet alleen aan mijn zoon uit, maar ook aan mij.
Onderwijs en vrije tijd	Onderwijs	In mijn droomgemeente krijgt elk kind op school een laptop die het mag meenemen naar huis.
Onderwijs en vrije tijd	Onderwijs	De zorgcoördinator op school heeft ervoor gezorgd dat mijn dochter niet naar het buitengewoon onderwijs moest, maar extra hulp kreeg in de klas.
Onderwijs en vrije tijd	Onderwijs	Een school waar de leerkracht weet dat je thuis geen printer hebt, en daar geen probleem van maakt.
Onderwijs en vrije tijd	Onderwijs	Mijn oudste heeft toch zijn diploma gehaald omdat één leerkracht in hem bleef geloven. Zonder haar was hij gestopt.
Onderwijs en vrije tijd	Onderwijs	Dat de school de rekening niet meer via de kinderen meegeeft, maar rechtstreeks met mij een afbetaling afspreekt.
Onderwijs en vrije tijd	Onderwijs	Ik zou een huiswerkklas willen in elke wijk, met vrijwilligers die de taal van de ouders spreken.
Onderwijs en vrije tijd	Onderwijs	De kleuterjuf kwam op huisbezoek voor de eerste schooldag. Daardoor was mijn zoon niet bang en ik ook niet.
Communicatie en netwerkvorming	Onderwijs	Toen de school een tolk regelde voor het oudercontact, begreep ik voor het eerst wat er met mijn kind aan de hand was.
Onderwijs en vrije tijd	Onderwijs	Dat de school niet vraagt om een dure rekenmachine of merkkleren voor de turnles.
Onderwijs en vrije tijd	Onderwijs	Mijn dochter mocht haar stage doen bij de kapper in onze straat, de school had dat geregeld. Nu wil ze die richting verder studeren.
Onderwijs en vrije tijd	Onderwijs	In de perfecte gemeente gaat elk kind van drie jaar naar de kleuterschool, en helpt iemand de ouders met het inschrijven.
Onderwijs en vrije tijd	Vrije tijd	Mijn zoon mocht gratis meedoen met de voetbalclub, en de trainer gaf hem schoenen van een ander kind. Hij is nu de beste van zijn ploeg.
Onderwijs en vrije tijd	Vrije tijd	Voor mij was het belangrijkste dat de monitoren van de speelpleinwerking mijn kinderen bij naam kenden.
Onderwijs en vrije tijd	Vrije tijd	De vrijetijdsdienst belde zelf om te zeggen dat er nog plaatsen waren op kamp aan een kwart van de prijs.
Onderwijs en vrije tijd	Vrije tijd	Een gemeente met een zwembad waar kinderen op woensdag gratis binnen mogen.
Onderwijs en vrije tijd	Vrije tijd	Dat de scouts niet vragen om een volledig uniform vanaf de eerste dag, maar eerst laten proberen.
Onderwijs en vrije tijd	Vrije tijd	Mijn dochter heeft via de UiTPAS kunnen gaan dansen. Ze is veel zekerder van zichzelf geworden.
Onderwijs en vrije tijd	Vrije tijd	Ik droom van een speelterrein in onze wijk waar de papa's en mama's ook samen kunnen zitten.
Onderwijs en vrije tijd	Vrije tijd	Dat er een busje rijdt naar de sportclub, want met drie kinderen en zonder auto geraak je nergens.
Onderwijs en vrije tijd	Vrije tijd	Het uitstapje naar Planckendael met het Huis van het Kind was de eerste keer dat we als gezin samen iets leuks deden.
Onderwijs en vrije tijd	Vrije tijd	De bibliotheek kwam voorlezen in de wachtzaal van het OCMW, en sindsdien gaan mijn kinderen elke week boeken halen.
Onderwijs en vrije tijd	Vrije tijd	In de vakantie was er elke dag iets te doen in het jeugdhuis, gratis en zonder inschrijving op voorhand.
Onderwijs en vrije tijd	Vrije tijd	Dat mijn kinderen ook eens op vakantie kunnen, al is het maar een week naar de Ardennen, zoals de anderen.
Inkomen en gezondheid	Inkomen	De maatschappelijk werker van het OCMW heeft al mijn schulden op een rij gezet. Voor het eerst sinds jaren sliep ik weer.
Inkomen en gezondheid	Inkomen	Wat het verschil maakte: dat ik mijn verhoogde kinderbijslag kreeg zonder dat ik er zelf achter moest lopen.
Inkomen en gezondheid	Inkomen	In mijn droomgemeente moet niemand in de rij staan voor een voedselpakket. Je gaat gewoon naar een winkel waar alles goedkoper is.
Inkomen en gezondheid	Inkomen	De budgetbegeleiding leerde me om elke maand een envelop opzij te leggen voor de schoolrekening en het lidgeld.
Inkomen en gezondheid	Inkomen	Een leefloon waarmee je kan leven, niet alleen overleven.
Inkomen en gezondheid	Inkomen	Mijn contactpersoon aan het OCMW nam zelf contact op met de energieleverancier. Anders was ons gas afgesloten.
Inkomen en gezondheid	Inkomen	Toen mijn man wegging, heeft iemand van het CAW me geholpen om de alimentatie via DAVO te krijgen.
Inkomen en gezondheid	Inkomen	Het kledingatelier waar je gratis kleren kan kiezen voor je kinderen, zonder formulier.
Inkomen en gezondheid	Inkomen	Dat alle premies en tussenkomsten op één plek staan, in gewone taal, en dat je ze automatisch krijgt.
Inkomen en gezondheid	Inkomen	De sociale dienst gaf ons een voorschot toen de uitkering te laat was. Anders hadden we geen eten gehad.
Inkomen en gezondheid	Inkomen	Niemand zou moeten kiezen tussen eten kopen of de verwarming aanzetten.
Inkomen en gezondheid	Inkomen	De schuldbemiddelaar sprak met de deurwaarder in mijn plaats, dat gaf me lucht.
Inkomen en gezondheid	Inkomen	Een gemeente waar je een geboortepremie krijgt en een schoolpremie in augustus, zonder dat je het moet aanvragen.
Wonen	Huisvesting	Wij woonden met vijf in één kamer. Sinds we een sociale woning hebben, kunnen de kinderen eindelijk rustig slapen en huiswerk maken.
Wonen	Huisvesting	Het sociaal verhuurkantoor heeft ons een huis gegeven met een eerlijke huur. Dat was het begin van alles.
Wonen	Huisvesting	Een huisbaas die de schimmel echt laat wegdoen in plaats van te zeggen dat we meer moeten verluchten.
Wonen	Huisvesting	In de perfecte gemeente staat er geen enkel gezin met kinderen op straat, ook niet voor één nacht.
Wonen	Huisvesting	De woonbegeleider ging mee naar de vrederechter. Alleen had ik dat nooit gedurfd.
Wonen	Huisvesting	Dat de gemeente een huurwaarborg voorschiet, zodat je niet moet kiezen tussen verhuizen en eten.
Wonen	Huisvesting	Een woning met een klein tuintje of een plein in de buurt, waar de kinderen veilig buiten kunnen.
Wonen	Huisvesting	De energiescan en de gratis isolatie van het dak hebben onze winter veranderd. Het is nu warm in huis.
Wonen	Huisvesting	Kleine betaalbare huizen voor alleenstaande mama's, niet ver van de school en de winkel.
Wonen	Huisvesting	Toen we uit ons huis moesten, zocht de maatschappelijk werker samen met ons tot we iets vonden. Ze liet ons niet los.
Wonen	Huisvesting	Wachtlijsten van tien jaar voor een sociale woning, dat mag in een goede gemeente niet bestaan.
Inkomen en gezondheid	Gezondheid	De huisarts vraagt niets aan de balie, hij werkt met de derdebetalersregeling. Nu ga ik op tijd met de kinderen.
Inkomen en gezondheid	Gezondheid	Een tandarts in de gemeente die kinderen gratis controleert op school of in het Huis van het Kind.
Inkomen en gezondheid	Gezondheid	Mijn zoon kreeg eindelijk een psycholoog zonder wachtlijst van een jaar, via het CGG in de buurt.
Inkomen en gezondheid	Gezondheid	Het wijkgezondheidscentrum was het keerpunt: je betaalt niets en ze kennen je hele gezin.
Inkomen en gezondheid	Gezondheid	In mijn droom kan elk kind een bril, een beugel en de logopedist krijgen als het die nodig heeft, zonder dat de ouders moeten rekenen.
Inkomen en gezondheid	Gezondheid	De kinesist kwam aan huis omdat ik met mijn rug niet meer buiten kon.
Inkomen en gezondheid	Gezondheid	De apotheker legde uit welke medicijnen goedkoper konden. Dat scheelde veel elke maand.
Inkomen en gezondheid	Gezondheid	Dat er iemand mee naar het ziekenhuis gaat als je de taal niet goed spreekt.
Communicatie en netwerkvorming	Welbevinden	Wat hielp was dat niemand me behandelde als een dossier. Ze noemden me bij mijn naam en vroegen hoe het met mij ging.
Communicatie en netwerkvorming	Welbevinden	Ik kende niemand in de gemeente. Via de babbelgroep van het buurthuis heb ik nu vriendinnen met wie ik samen naar het park ga.
Communicatie en netwerkvorming	Welbevinden	Een gemeente waar je aan het loket niet het gevoel krijgt dat je bedelt.
Inkomen en gezondheid	Welbevinden	Eén keer per maand een avond voor mezelf, zonder zorgen. Dat gaf me de kracht om verder te doen.
Communicatie en netwerkvorming	Welbevinden	Het essentiële was de ervaringsdeskundige: iemand die het zelf had meegemaakt en dus niet oordeelde.
Communicatie en netwerkvorming	Welbevinden	Dat mijn kinderen zich niet schamen om vrienden mee naar huis te nemen.
Communicatie en netwerkvorming	Welbevinden	De buurvrouw die op de kinderen paste toen ik naar het ziekenhuis moest. Zo'n buren wens ik iedereen.
Inkomen en gezondheid	Welbevinden	Minder stress over papieren, dan heb ik meer geduld met mijn kinderen.
Communicatie en netwerkvorming	Welbevinden	Ik droom van een plek in elke wijk waar je zonder afspraak binnen kan voor een koffie en een babbel.
Communicatie en netwerkvorming	Welbevinden	Dat ze je geloven als je zegt dat het niet gaat, en niet eerst tien bewijzen vragen.
Communicatie en netwerkvorming	Welbevinden	De vrijwilliger van het maatjesproject belde elke week. Het ging niet over geld, gewoon over hoe ik me voelde.
Communicatie en netwerkvorming	Welbevinden	Vertrouwen was het belangrijkste. Pas toen ik wist dat ze niets zouden doorgeven, durfde ik te vertellen wat er thuis echt speelde.
Kinderopvang en opvoeding	Kinderopvang	Dankzij de plaats in de crèche kon ik mijn opleiding afmaken. Zonder die opvang was ik thuis blijven zitten.
Kinderopvang en opvoeding	Kinderopvang	Een kinderopvang waar je ook voor een halve dag terechtkan als je een afspraak hebt bij de VDAB of de dokter.
Kinderopvang en opvoeding	Kinderopvang	De onthaalmoeder rekende volgens ons inkomen. Voor het eerst betaalde ik minder dan een euro per uur.
Kinderopvang en opvoeding	Kinderopvang	In de droomgemeente is er naschoolse opvang tot zeven uur, ook voor mama's die in de schoonmaak werken.
Kinderopvang en opvoeding	Kinderopvang	De begeleidsters van het kinderdagverblijf zagen dat mijn dochter niet goed hoorde en zeiden het tegen mij.
Kinderopvang en opvoeding	Kinderopvang	Geen wachtlijst van een jaar voor de crèche, want je weet niet een jaar op voorhand dat je werk gaat vinden.
Kinderopvang en opvoeding	Opvoeding	In het Huis van het Kind mocht ik gewoon binnenlopen met mijn vragen over de baby, zonder afspraak.
Kinderopvang en opvoeding	Opvoeding	De gezinsbegeleidster kwam aan huis en keek eerst naar wat ik al goed deed. Dat gaf me moed.
Kinderopvang en opvoeding	Opvoeding	Een oudergroep waar papa's en mama's elkaar tips geven over slapen, eten en driftbuien.
Kinderopvang en opvoeding	Opvoeding	Ik droom van een gemeente waar je hulp bij de opvoeding kan vragen zonder schrik dat ze je kinderen afpakken.
Kinderopvang en opvoeding	Opvoeding	De verpleegkundige van Kind en Gezin kwam thuis wegen en legde rustig uit hoe ik de flesjes moest maken.
Kinderopvang en opvoeding	Opvoeding	De opvoedingswinkel gaf een avond over schermtijd. Sindsdien hebben we thuis afspraken en minder ruzie.
Kinderopvang en opvoeding	Opvoeding	Wat het verschil maakte was de speel- en ontmoetingsplek voor baby's en peuters, waar ik zag hoe andere ouders met hun kind speelden.
Kinderopvang en opvoeding	Opvoeding	Dat tieners en hun ouders ergens samen terechtkunnen als het thuis niet meer gaat, voor het te laat is.
Inkomen en gezondheid	Werk	Via een artikel 60 kreeg ik werk in de keuken van het woonzorgcentrum. Nu heb ik een vast contract.
Inkomen en gezondheid	Werk	De VDAB-consulent zocht een job met uren die pasten bij de school van mijn kinderen.
Inkomen en gezondheid	Werk	Een werkgever die me een kans gaf zonder diploma, en me alles op de werkvloer leerde.
Inkomen en gezondheid	Werk	In de perfecte gemeente is er voor elke ouder werk dichtbij, met uren die samengaan met een gezin.
Inkomen en gezondheid	Werk	Mijn jobcoach ging de eerste week mee. Zonder haar had ik het na twee dagen opgegeven.
Inkomen en gezondheid	Werk	Dat je diploma van thuis erkend wordt, zodat je niet jaren moet poetsen terwijl je verpleegster bent.
Onderwijs en vrije tijd	Onderwijs	Een maximumfactuur die ook in het secundair echt gerespecteerd wordt, en scholen die de kosten vooraf transparant communiceren.
Onderwijs en vrije tijd	Onderwijs	Brugfiguren aan de schoolpoort die laagdrempelig het gesprek aangaan met ouders die de school niet spontaan vinden.
Onderwijs en vrije tijd	Onderwijs	Gratis huiswerkbegeleiding in elke basisschool, in samenwerking met de bibliotheek en vrijwilligers.
Onderwijs en vrije tijd	Onderwijs	Kleuterparticipatie verhogen door vindplaatsgericht en outreachend te werken naar gezinnen die hun kind niet inschrijven.
Onderwijs en vrije tijd	Onderwijs	Scholen engageren zich om geen kind uit te sluiten van een activiteit omdat de schoolrekening niet betaald is.
Onderwijs en vrije tijd	Onderwijs	Een lokaal overleg onderwijs met CLB en OCMW om schoolse vertraging bij kinderen uit kwetsbare gezinnen vroeg te detecteren.
Onderwijs en vrije tijd	Vrije tijd	Een UiTPAS met kansentarief, automatisch toegekend aan wie recht heeft op verhoogde tegemoetkoming.
Onderwijs en vrije tijd	Vrije tijd	Het vrijetijdsaanbod moet betaalbaar, bereikbaar en bekend zijn: de 7 B's als toets voor elke club die subsidie krijgt.
Onderwijs en vrije tijd	Vrije tijd	Sportclubs en jeugdbewegingen ondersteunen om een inclusief lidmaatschapsbeleid te voeren, met sociaal tarief en materiaalbank.
Onderwijs en vrije tijd	Vrije tijd	Het lokaal netwerk vrijetijdsparticipatie breder bekendmaken via scholen, Huis van het Kind en OCMW.
Onderwijs en vrije tijd	Vrije tijd	Speelpleinwerking gratis voor kinderen uit gezinnen met een beperkt inkomen, zonder aparte aanvraag.
Inkomen en gezondheid	Inkomen	Proactief rechten toekennen: de gemeente kent de sociale voordelen toe op basis van de gegevens die ze al heeft, zonder dat het gezin een aanvraag moet doen.
Inkomen en gezondheid	Inkomen	Een laagdrempelige budgetbegeleiding, los van collectieve schuldenregeling, zodat gezinnen vroeg aankloppen.
Inkomen en gezondheid	Inkomen	Een sociale kruidenier met ruimere openingsuren en een aanbod van verse voeding.
Inkomen en gezondheid	Inkomen	De leefloonbedragen lokaal aanvullen tot aan de Europese armoedegrens via aanvullende financiële steun.
Inkomen en gezondheid	Inkomen	Vroegdetectie van betalingsachterstanden via samenwerking tussen de woonmaatschappij, de scholen en het OCMW.
Inkomen en gezondheid	Inkomen	Een integrale screening van rechten bij elk eerste contact met het sociaal huis.
Inkomen en gezondheid	Inkomen	Het groeipakket en de schooltoeslag maximaal benutten door gezinnen actief te informeren en te begeleiden bij de aanvraag.
Wonen	Huisvesting	Het aanbod aan sociale huurwoningen uitbreiden met prioriteit voor gezinnen met kinderen.
Wonen	Huisvesting	Een sociaal verhuurkantoor dat actief private verhuurders werft en de woningkwaliteit bewaakt.
Wonen	Huisvesting	Uithuiszettingen voorkomen door een vroegtijdige melding bij het OCMW en bemiddeling met de verhuurder.
Wonen	Huisvesting	Renovatiepremies en energiecoaching gericht op huurders in slechte woningen, niet alleen op eigenaars.
Inkomen en gezondheid	Gezondheid	De derdebetalersregeling veralgemenen bij huisartsen en tandartsen op het grondgebied.
Inkomen en gezondheid	Gezondheid	Een eerstelijnspsycholoog die outreachend werkt in de scholen en het Huis van het Kind.
Inkomen en gezondheid	Gezondheid	Preventieve mondzorg in de kleuterscholen, met aandacht voor gezinnen die de weg naar de tandarts niet vinden.
Inkomen en gezondheid	Gezondheid	De toegang tot geestelijke gezondheidszorg voor kinderen en jongeren verbeteren, met kortere wachttijden.
Communicatie en netwerkvorming	Welbevinden	Een onthaalhouding in alle diensten die vertrekt van respect en menselijke waardigheid, gesteund door vorming over armoede voor het personeel.
Communicatie en netwerkvorming	Welbevinden	Ontmoetingsplekken in de wijk waar gezinnen een netwerk kunnen opbouwen en uit hun sociaal isolement raken.
Communicatie en netwerkvorming	-	Ervaringsdeskundigen in armoede en sociale uitsluiting inzetten als schakel tussen gezinnen en diensten.
Communicatie en netwerkvorming	-	Eén centraal aanspreekpunt waar gezinnen met al hun vragen terechtkunnen, met een warme doorverwijzing.
Communicatie en netwerkvorming	-	Alle informatie voor gezinnen in eenvoudige taal en met pictogrammen, getoetst bij een signaalgroep van ouders.
Kinderopvang en opvoeding	Kinderopvang	Meer plaatsen met inkomensgerelateerd tarief in de kinderopvang, met voorrang voor gezinnen in een kwetsbare situatie.
Kinderopvang en opvoeding	Kinderopvang	Flexibele en occasionele opvang voor ouders die een opleiding volgen of solliciteren.
Kinderopvang en opvoeding	Kinderopvang	Het lokaal loket kinderopvang maakt de voorrangsregels bekend aan alle partners van het Huis van het Kind.
Kinderopvang en opvoeding	Kinderopvang	Buitenschoolse opvang organiseren op de schoolsite, zodat kinderen zich niet moeten verplaatsen en ouders één aanspreekpunt hebben.
Kinderopvang en opvoeding	Opvoeding	Het Huis van het Kind als laagdrempelige plek voor opvoedingsondersteuning, ook buiten de kantooruren.
Kinderopvang en opvoeding	Opvoeding	Een krachtgerichte gezinsondersteuning aan huis, die vertrekt van de vragen van het gezin zelf.
Kinderopvang en opvoeding	Opvoeding	Een prenataal steunpunt waar aanstaande ouders al voor de geboorte begeleid worden, zonder wachttijd.
Inkomen en gezondheid	Werk	Trajecten naar werk combineren met kinderopvang en mobiliteit, in samenwerking met VDAB en het OCMW.
Inkomen en gezondheid	Werk	Sociale economie en artikel 60-plaatsen openstellen voor alleenstaande ouders, met aangepaste uurroosters.
Onderwijs en vrije tijd	Onderwijs	free homework help after school
Communicatie en netwerkvorming	Onderwijs	letters from school in simple english please
Onderwijs en vrije tijd	Onderwijs	The teacher who stayed after class to help my son with reading, that changed everything.
Onderwijs en vrije tijd	Onderwijs	school trips cost too much, my son stays home
Onderwijs en vrije tijd	Vrije tijd	football club for my boys but cheaper
Onderwijs en vrije tijd	Vrije tijd	swimming lessons for the kids in summer
Onderwijs en vrije tijd	Vrije tijd	A playground near our flat where kids can play safely.
Onderwijs en vrije tijd	Vrije tijd	summer camp we can pay in parts
Inkomen en gezondheid	Inkomen	help with my debts
Inkomen en gezondheid	Inkomen	The social worker explained which allowances I had right to. I didn't know before.
Inkomen en gezondheid	Inkomen	food parcels without shame
Inkomen en gezondheid	Inkomen	money for clothes and shoes, they grow so fast
Wonen	Huisvesting	a bigger house, we are 6 in 2 rooms
Wonen	Huisvesting	mold in the bedroom, landlord does nothing
Wonen	Huisvesting	social housing waiting list too long
Wonen	Huisvesting	My dream is a warm house where my kids each have their own bed.
Inkomen en gezondheid	Gezondheid	dentist for kids
Inkomen en gezondheid	Gezondheid	A doctor who takes time and explains in English.
Inkomen en gezondheid	Gezondheid	medicine is too expensive
Inkomen en gezondheid	Gezondheid	psychologist for my daughter, she has nightmares since the war
Communicatie en netwerkvorming	Welbevinden	not feeling alone here
Communicatie en netwerkvorming	Welbevinden	people who do not judge us when we ask for help
Communicatie en netwerkvorming	Welbevinden	I met other moms at the Huis van het Kind and now we help each other.
Kinderopvang en opvoeding	Kinderopvang	daycare place so I can go to Dutch class
Kinderopvang en opvoeding	Kinderopvang	childcare near home
Kinderopvang en opvoeding	Kinderopvang	after school care until 6pm
Kinderopvang en opvoeding	Opvoeding	support for parenting teenagers
Kinderopvang en opvoeding	Opvoeding	A nurse from Kind en Gezin came home and showed me how to bath my baby.
Inkomen en gezondheid	Werk	a job with hours for a single mum
Inkomen en gezondheid	Werk	help to find work, my diploma is not recognised
Onderwijs en vrije tijd	Onderwijs	aide aux devoirs gratuite
Onderwijs en vrije tijd	Onderwijs	La facture de l'école en plusieurs fois, sinon c'est impossible.
Communicatie en netwerkvorming	Onderwijs	des profs qui parlent aussi français aux parents
Onderwijs en vrije tijd	Onderwijs	que mon fils ne redouble pas
Onderwijs en vrije tijd	Vrije tijd	stage de foot pendant les vacances
Onderwijs en vrije tijd	Vrije tijd	Une plaine de jeux gratuite l'été pour que les enfants ne restent pas enfermés.
Onderwijs en vrije tijd	Vrije tijd	académie de musique moins chère
Inkomen en gezondheid	Inkomen	aide du CPAS plus rapide
Inkomen en gezondheid	Inkomen	les allocations familiales à temps
Inkomen en gezondheid	Inkomen	Le médiateur de dettes m'a aidée à tout remettre en ordre. J'ai enfin respiré.
Inkomen en gezondheid	Inkomen	colis alimentaire sans honte
Inkomen en gezondheid	Inkomen	payer la facture d'énergie en plusieurs mois
Wonen	Huisvesting	un logement social plus vite
Wonen	Huisvesting	loyer trop cher
Wonen	Huisvesting	humidité dans l'appartement, les enfants toussent
Wonen	Huisvesting	Un propriétaire qui répare le chauffage quand il tombe en panne.
Inkomen en gezondheid	Gezondheid	dentiste pour les enfants pas cher
Inkomen en gezondheid	Gezondheid	un médecin sans payer tout de suite
Inkomen en gezondheid	Gezondheid	la mutuelle m'explique mal ce qui est remboursé
Communicatie en netwerkvorming	Welbevinden	ne plus être seule
Communicatie en netwerkvorming	Welbevinden	respect au guichet du CPAS
Communicatie en netwerkvorming	Welbevinden	Un endroit où les mamans peuvent boire un café et parler.
Kinderopvang en opvoeding	Kinderopvang	une place en crèche
Kinderopvang en opvoeding	Kinderopvang	garderie après l'école jusqu'à 18h
Kinderopvang en opvoeding	Kinderopvang	une accueillante d'enfants pas loin
Kinderopvang en opvoeding	Opvoeding	des conseils pour élever mes enfants, surtout l'ado
Kinderopvang en opvoeding	Opvoeding	La Maison de l'enfant m'a beaucoup aidée quand mon bébé pleurait toute la nuit.
Inkomen en gezondheid	Werk	trouver un travail
Inkomen en gezondheid	Werk	des cours de néerlandais pour trouver du travail
Inkomen en gezondheid	Werk	un travail avec des horaires compatibles avec l'école
"""
