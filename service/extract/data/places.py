"""More place names for the gazetteer, lowercase, one string per block.

Cities, regions and provinces often seen in international news, beyond the
hand-picked tables in lexicon.py. Names that are mostly people's surnames or
common words ("Reading", "Bath", "Hamilton", "Chester") are left out: the
gazetteer overrides the model, so an entry must be a place nearly always.
Multi-word names are joined with underscores here and split back on load.
"""

from __future__ import annotations

_UK_IRELAND = """
cornwall somerset dorset wiltshire hampshire surrey sussex east_sussex west_sussex
essex suffolk norfolk cambridgeshire hertfordshire bedfordshire buckinghamshire
oxfordshire berkshire gloucestershire worcestershire herefordshire shropshire staffordshire
warwickshire leicestershire nottinghamshire derbyshire lincolnshire northamptonshire
rutland cheshire lancashire merseyside yorkshire north_yorkshire west_yorkshire
south_yorkshire east_yorkshire cumbria northumberland tyne_and_wear
greater_manchester west_midlands east_midlands east_anglia home_counties midlands hague
isle_of_wight isle_of_man channel_islands guernsey anglesey pembrokeshire
gwynedd powys ceredigion carmarthenshire fife aberdeenshire highlands
argyll perthshire ayrshire lanarkshire galloway shetland orkney hebrides
leeds sheffield bradford leicester nottingham coventry wolverhampton sunderland newcastle
newcastle_upon_tyne middlesbrough stoke-on-trent plymouth southampton portsmouth
bournemouth brighton norwich ipswich cambridge oxford exeter gloucester worcester
hereford shrewsbury blackpool wigan salford stockport oldham rochdale huddersfield
wakefield doncaster rotherham barnsley hull kingston_upon_hull grimsby
scunthorpe peterborough luton milton_keynes northampton swindon southend colchester
chelmsford basildon crawley maidstone canterbury dover folkestone eastbourne
aberdeen dundee inverness stirling swansea wrexham
derry londonderry armagh newry lisburn cork limerick galway waterford kilkenny sligo
donegal wexford dundalk drogheda
"""

_EUROPE = """
antwerp ghent bruges liege liège charleroi rotterdam utrecht eindhoven groningen
the_hague maastricht haarlem leiden delft lille toulouse bordeaux nantes strasbourg
montpellier rennes reims le_havre toulon grenoble dijon angers avignon calais dunkirk
cannes ajaccio biarritz marseilles stuttgart dusseldorf düsseldorf dortmund essen
leipzig dresden hanover hannover nuremberg nürnberg bremen bonn mannheim karlsruhe
wiesbaden mainz freiburg heidelberg rostock kiel lubeck lübeck potsdam magdeburg erfurt
saxony thuringia brandenburg hesse baden-württemberg north_rhine-westphalia
lower_saxony schleswig-holstein rhineland salzburg innsbruck graz linz basel lausanne
lucerne lugano turin genoa bologna palermo catania bari verona padua trieste pisa siena
bergamo brescia lampedusa calabria apulia puglia campania piedmont veneto liguria
umbria abruzzo emilia-romagna bilbao malaga málaga zaragoza palma granada alicante
cordoba córdoba murcia valladolid vigo san_sebastian cadiz cádiz toledo
majorca mallorca ibiza tenerife canary_islands balearic_islands extremadura castile
aragon navarre asturias coimbra braga faro algarve madeira azores gothenburg malmo
malmö uppsala bergen trondheim stavanger tromso tromsø aarhus odense aalborg tampere
turku oulu espoo tartu kaunas klaipeda gdansk gdańsk krakow kraków wroclaw wrocław
poznan poznań lodz łódź szczecin lublin katowice brno ostrava bratislava kosice košice
debrecen szeged cluj cluj-napoca timisoara timișoara iasi constanta varna plovdiv
burgas ruse thessaloniki patras heraklion crete rhodes corfu santorini lesbos
nicosia limassol larnaca valletta reykjavik izmir bursa antalya adana gaziantep
diyarbakir konya trabzon kayseri hatay odessa dnipro mykolaiv
chernihiv sumy poltava vinnytsia zhytomyr kramatorsk sloviansk avdiivka pokrovsk
melitopol berdyansk kupiansk belgorod kursk bryansk voronezh rostov
rostov-on-don krasnodar sochi volgograd samara kazan nizhny_novgorod yekaterinburg
chelyabinsk omsk krasnoyarsk irkutsk khabarovsk murmansk arkhangelsk grozny
makhachkala tatarstan bashkortostan batumi kutaisi sukhumi tskhinvali gyumri
"""

_AMERICAS = """
los_angeles san_jose fort_worth jacksonville indianapolis
el_paso memphis louisville milwaukee albuquerque tucson fresno mesa omaha raleigh
colorado_springs long_beach virginia_beach oakland tulsa wichita arlington new_orleans
bakersfield anaheim santa_ana corpus_christi
st._paul saint_paul cincinnati anchorage greensboro
plano newark fort_wayne jersey_city chula_vista st._petersburg
laredo lubbock
winston-salem glendale hialeah baton_rouge chesapeake scottsdale
spokane fremont san_bernardino tacoma boise des_moines
salt_lake_city little_rock hartford albany harrisburg trenton annapolis
tallahassee olympia
juneau bismarck cheyenne santa_fe topeka springfield frankfort
concord montpelier charleston knoxville
chattanooga fort_lauderdale west_palm_beach key_west miami_beach galveston
ann_arbor grand_rapids akron dayton youngstown scranton allentown
erie syracuse yonkers brooklyn bronx staten_island
long_island westchester hoboken cape_cod nantucket martha's_vineyard berkeley
palo_alto san_mateo santa_clara santa_monica pasadena malibu hollywood beverly_hills
napa sonoma monterey mendocino santa_barbara san_luis_obispo sacramento_county
bay_area silicon_valley appalachia new_england the_midwest midwest great_plains
great_lakes rust_belt sun_belt deep_south pacific_northwest gulf_coast
puerto_rico guam us_virgin_islands
calgary edmonton winnipeg saskatoon halifax quebec_city
kitchener st._john's
fredericton charlottetown whitehorse yellowknife iqaluit nunavut yukon
northwest_territories manitoba saskatchewan nova_scotia new_brunswick
newfoundland labrador newfoundland_and_labrador prince_edward_island
guadalajara monterrey tijuana puebla cancun cancún juarez ciudad_juárez ciudad_juarez
culiacan culiacán acapulco oaxaca chiapas sinaloa sonora chihuahua michoacan michoacán
jalisco tamaulipas veracruz yucatan yucatán baja_california tegucigalpa
san_pedro_sula managua san_salvador guatemala_city san_josé port-au-prince
santo_domingo nassau bridgetown port_of_spain medellin medellín
cali cartagena barranquilla guayaquil cusco arequipa valparaiso valparaíso
antofagasta la_plata patagonia
recife fortaleza belo_horizonte manaus belem belém porto_alegre curitiba
goiania goiânia bahia amazonas pará rio_grande_do_sul minas_gerais
"""

_ASIA_PACIFIC = """
yokohama nagoya kobe sapporo fukuoka sendai hiroshima nagasaki kawasaki
saitama chiba fukushima noto ishikawa kyushu honshu shikoku busan incheon daegu
daejeon gwangju ulsan jeju kaesong wonsan tianjin_city nanjing hangzhou suzhou
chengdu xi'an xian zhengzhou changsha shenyang harbin dalian qingdao jinan xiamen
fuzhou kunming nanning hefei urumqi lhasa hohhot macao zhuhai dongguan foshan
guangdong fujian zhejiang jiangsu shandong henan hubei hunan sichuan yunnan guizhou
shaanxi shanxi hebei liaoning jilin heilongjiang inner_mongolia ningxia gansu
qinghai hainan anhui jiangxi kaohsiung taichung tainan hsinchu keelung kinmen
matsu mandalay naypyitaw chiang_mai phuket pattaya da_nang haiphong hue siem_reap
penang johor kuching kota_kinabalu sabah sarawak putrajaya surabaya bandung medan
semarang yogyakarta makassar aceh papua west_papua lombok cebu davao quezon_city
makati luzon marawi zamboanga dili
jurong tampines punggol sengkang yishun hougang bedok pasir_ris ang_mo_kio toa_payoh
bishan serangoon bukit_timah bukit_batok bukit_panjang choa_chu_kang kent_ridge
sungei_bedok woodlands_north
viman_nagar koregaon_park hinjewadi wadgaon wadgaon_sheri bandra andheri powai
pune ahmedabad surat jaipur lucknow kanpur nagpur indore bhopal patna vadodara
ludhiana agra nashik varanasi srinagar amritsar chandigarh ranchi raipur guwahati
bhubaneswar coimbatore kochi cochin thiruvananthapuram visakhapatnam vijayawada
madurai mysore mysuru mangalore goa noida gurgaon gurugram ghaziabad faridabad
meerut allahabad prayagraj jammu leh ladakh uttar_pradesh madhya_pradesh
andhra_pradesh arunachal_pradesh himachal_pradesh maharashtra karnataka tamil_nadu
telangana rajasthan bihar odisha orissa jharkhand chhattisgarh uttarakhand haryana
sikkim nagaland mizoram tripura meghalaya
rawalpindi peshawar quetta multan faisalabad sialkot sindh
chittagong sylhet khulna rajshahi cox's_bazar kandy galle jaffna pokhara lumbini
mazar-i-sharif herat jalalabad kunduz mashhad isfahan shiraz tabriz qom ahvaz
bandar_abbas natanz fordow najaf karbala fallujah ramadi tikrit sulaymaniyah
deir_ez-zor latakia tartus daraa hama qamishli kobani afrin sidon
baalbek nablus jenin tulkarm khan_yunis deir_al-balah beit_lahia
jabalia haifa eilat ashdod ashkelon sderot beersheba netanya herzliya golan negev
aqaba zarqa irbid taif dammam khobar dhahran tabuk abha jizan
sharjah ajman fujairah salalah hodeidah taiz marib mukalla
hobart gold_coast
wollongong geelong townsville cairns alice_springs
new_south_wales south_australia western_australia
northern_territory christchurch dunedin
tauranga queenstown suva port_moresby honiara nuku'alofa apia noumea
whangārei whangarei northland waikato taranaki otago southland rotorua napier
invercargill gisborne hawke's_bay bay_of_plenty manawatū manawatu whanganui
palmerston_north new_plymouth kaitaia timaru wairarapa coromandel
"""

_AFRICA = """
giza luxor aswan port_said suez sharm_el-sheikh sinai_peninsula
misrata sirte tobruk derna sabha sfax sousse tangier fez marrakech agadir oran
constantine annaba nouakchott timbuktu gao mopti kidal agadez zinder maradi
kano kaduna ibadan port_harcourt maiduguri enugu benin_city abeokuta
borno kumasi takoradi lome lomé cotonou
porto-novo abidjan yamoussoukro bouake conakry freetown monrovia bissau banjul
douala yaounde yaoundé bamenda libreville malabo brazzaville pointe-noire goma
bukavu lubumbashi kisangani mbuji-mayi kananga ituri kivu north_kivu south_kivu
bangui bujumbura gitega mombasa kisumu nakuru eldoret
malindi lamu arusha dodoma zanzibar mwanza entebbe gulu jinja wau malakal
omdurman port_sudan el_fasher nyala el_geneina kordofan asmara massawa mekelle
gondar bahir_dar hawassa dire_dawa harar jijiga hargeisa berbera kismayo baidoa
beledweyne garowe bosaso puntland jubaland antananarivo maputo beira
nampula cabo_delgado lilongwe blantyre lusaka ndola kitwe bulawayo gaborone windhoek
maseru mbabane durban port_elizabeth gqeberha east_london bloemfontein soweto
polokwane pietermaritzburg kwazulu-natal gauteng western_cape eastern_cape
limpopo mpumalanga
"""

EXTRA_PLACES: frozenset[str] = frozenset(
    word.replace("_", " ")
    for word in (_UK_IRELAND + _EUROPE + _AMERICAS + _ASIA_PACIFIC + _AFRICA).split()
)
