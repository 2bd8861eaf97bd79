"""Common given names, lowercase: a capitalised name that starts with one is a person.

Used only as evidence for a person when such a name opens a multi-word name
("Marcus Ellery", "Gillian Harte"); a lone first name is never typed by it.
Names that are mostly something else ("Will", "Hope", "Paris", "India",
"Mercedes") are left out on purpose.
"""

from __future__ import annotations

_ENGLISH = """
aaron abbie abby abigail ada adam adele adrian adrienne agnes aidan aileen ailsa aimee alan
alana alasdair alastair albert alec alex alexa alexander alexandra alexis alfie alfred ali
alice alicia alison alistair allan allison alyssa amanda amber amelia amy andre andrea andrew
andy angela angelina angie anita ann anna annabel anne annette annie anthony antonia april
archie arnold arthur ashley audrey austin ava barbara barry beatrice becky belinda ben
benjamin bernadette bernard beth bethany betty beverley beverly bill billie billy blake bob
bobby bonnie brad bradley brandon brenda brendan brett brian bridget brittany brooke bruce
bryan caitlin callum calum calvin cameron camilla candice carl carla carly carmen carol
caroline carolyn carrie casey catherine cathy charlene charles charlie charlotte chelsea
cheryl chloe chris chrissie christina christine christopher ciara claire clara clare
claudia clifford clive cody colin connor conor constance courtney craig crystal curtis cynthia
daisy dale damian damien dan dana daniel danielle danny darren dave david dawn dean debbie
deborah debra declan deirdre denise dennis derek desmond diana diane dianne dominic don donald
donna doreen doris dorothy doug douglas duncan dustin dylan eamon eddie edgar edith edmund
edward eileen elaine eleanor elijah elizabeth ella ellen ellie elliot elliott eloise elsie
emily emma eric erica erin ernest esther ethan eugene eva evan evelyn fergus fiona florence
frances francesca francis frank frankie fraser freddie frederick gabriel gail gareth garry
gary gavin gemma geoff geoffrey george georgia georgina gerald geraldine gerard gerry gillian
gina glen glenn gloria gordon grace graeme graham greg gregory gwen gwendolyn hailey hamish
hannah harold harriet harry harvey hayley hazel heather heidi helen helena henry herbert
hilary holly howard hugh hugo ian imogen irene iris isaac isabel isabella isabelle isla
jack jackie jacob jacqueline jake james jamie jan jane janet janice jared jasmine jason
jean jeanette jeff jeffrey jennifer jenny jeremy jerry jess jesse jessica jill jim jimmy jo
joan joanna joanne jodie joe joel john johnny jon jonah jonathan jordan joseph josephine josh joshua
joy joyce judith judy julia julian julie june justin karen kate katherine kathleen kathryn
katie katy kay keith kelly ken kenneth kerry kevin kieran kim kimberly kirsty kristen kyle
lana laura lauren lawrence leah lee leigh leo leon leonard lesley leslie lewis liam lily
linda lindsay lindsey lisa lloyd logan lorna lorraine louis louise lucas lucy luke lydia
lynda lynn lynne madeleine madison maggie malcolm mandy margaret maria marian marianne marie
marilyn marion marjorie mark martha martin marvin mary matilda matt matthew maureen max maxine
megan melanie melissa meredith michael michelle mike mildred millie miranda molly monica
morgan muriel nancy naomi natalie natasha nathan nathaniel neil nicholas nick nicola nicole
nigel norma norman oliver olivia oscar owen pamela patricia patrick paul paula pauline peggy
penelope penny percy peter phil philip phillip phoebe phyllis polly priscilla rachel ralph
randy ray raymond rebecca regina reginald rhys richard rick ricky rita rob robert roberta
robin rod rodney roger ronald ronnie rory rosa rosalind rose rosemary ross rowan roy ruby
russell ruth ryan sadie sally sam samantha samuel sandra sara sarah scarlett scott sean
shane shannon sharon shaun shawn sheila shirley sian sidney simon sinead sophia sophie stacey
stanley stella stephanie stephen steve steven stewart stuart susan suzanne sydney sylvia
tamsin tania tanya tara ted teresa terence terry tess tessa theo theodore theresa thomas
tiffany tim timothy tina toby todd tom tommy toni tony tracey tracy trevor tristan troy
tyler valerie vanessa vera veronica vicky victor victoria vince vincent violet virginia
vivian wade walter warren wayne wendy wesley william willie winifred yvonne zachary zoe
"""

_EUROPEAN = """
aaro agata agnieszka aino aleksander aleksandr aleksandra alessandro alessia alexei alexey
alain alberto alejandro alessandra alfonso alois amelie anatoly anders andrei andrej andrzej
angelika anika anja anke annika anton antoine antonio arnaud astrid aurelie axel bartosz
beata benoit bernd bettina bjorn björn bogdan boris borislav bruno camille carlos carsten
catalina cecile cécile christelle christian christoph christophe claude clement clément
constantin cristina cristian dagmar daniela dario delphine denis diego dieter dimitri
dimitrios dmitri dmitry domenico dominik dorota dragan edouard édouard elena eleni elias
elisa elisabeth elke emil emilia emilio emmanuel enrico enrique erik ernesto esteban
fabian fabien fabio federico felipe felix fernando filip florian francesco franco francois
françois franz frederic frédéric friedrich gabriele gaston georg georgi georgios gerhard
giorgio giovanni giulia giuseppe gonzalo grzegorz guido guillaume gunnar gunther günther
gustavo hans harald heinrich heinz helmut henrik herve hervé hugues igor ilya inga ingrid
ioana ion ioannis irina isabelle ivan ivana jacek jacques jakob jakub jan janina janusz
javier jean-claude jean-luc jean-marc jean-paul jean-pierre jens jerome jérôme joachim joao
joão johan johann johannes jonas jordi jorge jose josé josef jozef juan juergen jürgen julien
jurgen kai karin karl karol kasper katarzyna katja kerstin klaus konrad konstantin krisztina
krzysztof lars laszlo lászló laurent leif lena leonardo leonid lorenzo luca lucia luis
luisa lukas lukasz łukasz magnus maja malgorzata małgorzata manfred manuel manuela marc marcel
marco marcus marek margit margrethe mariana mariano marina mario marion marius marta marko
markus marta massimo mateusz mathias mathieu matteo matthias mattias maurice mauricio maxim
maxime michal michał michel michele miguel mikael mikhail milan milos miloš mirela miroslav
monika natalia nadia nicolas niels nikita niklas nikolai nikolas nikolaos nikolay nils nina olaf
oleg olga olivier oskar pablo paolo pascal patrice patrizia pavel pawel paweł pedro pekka
petar petra petya philippe piero pierre pietro piotr rafael rafal rafał raffaele ramon
ramón raul raúl reinhard renata renate rene rené ricardo riccardo roberto rodrigo roland
rolf roman rosario rudolf rui ruslan sabine salvatore sandro santiago sebastian sebastien
sébastien selma sergei sergey sergio silvia simona simone slawomir sławomir snezana sofia
sören stefan stefano stephane stéphane svetlana sven teodor thierry thomas thorsten tobias
tomas tomasz tomáš ulrich ulrike ursula valentin valentina valeria valery vasily viktor
viktoria vincenzo vittorio vladimir vladislav volker walther werner wojciech wolfgang
xavier yannick yevgeny yuri yury zbigniew zoltan zoltán zsolt
aoife aisling niamh siobhan saoirse sorcha orla roisin róisín mairead máiréad padraig
pádraig seamus séamus eoin oisin cillian ciaran ciarán donal dónal eamonn micheal mícheál
ruairi fionnuala grainne gráinne caoimhe
"""

_WORLD = """
abdel abdul abdullah abdulla abdullahi abebe abhishek abimbola abiodun abu adaeze adebayo
adeola aditya adnan adwoa afua agnes ahmad ahmed aisha akash akira akosua akua alhassan ali
alim amadou amal amara amina amir amit amna anand anil anjali ankit arjun arvind asha ashok
ayaan ayesha ayodele aziz babajide bashir bilal bongani chidi chiamaka chidinma chinedu
chinonso chioma chukwuemeka chukwudi daisuke deepak dinesh divya emeka fahad faisal farah
farid fatima fatma fatuma femi folake ganesh gaurav githongo gopal habib hakim hamid hana
haruki haruto hassan hideo hiroshi hussein ibrahim ifeoma imran isaac ismail jamal jamila
jin jomo kamal karim kavita kazuo keiko ken kenji khalid kiran kofi kojo koji krishna kumar
kwabena kwame kwasi lakshmi latifa layla leila lina mahmoud malik manoj mariam maryam masato
meera mehmet mohamed mohammad mohammed muhammad mustafa nadia naledi nandi naveen neha nia
nikhil nkosazana nnamdi nomvula nour nur nuri obinna olu oluwaseun omar osagie pooja pradeep
prakash priya priyanka rahul raj rajesh rakesh ramesh rania rashid ravi reza rohan rohit
saad sachin sadia said salim salma sameer samir sanjay sanjeev sarita satoshi seun shahid
shinzo shreya siddharth sipho sunil sunita suresh tariq thabo tendai tunde uche usman
vijay vikram vinod wanjiru wole yasmin yasmine yemi yusuf zainab zanele zara zeynep zubair
ari tamati mere aroha hemi wiremu rangi
wei jing ming hui xiao yan ying jun hong lei
akiko hiroko kenta makoto naoko takashi yoko yuki yuko
hyun jae-in min-jun seo-yeon ji-woo
"""

_AMERICAN = """
ahmad alejandra alondra alvaro ana andres andrés angel antonio armando arturo beatriz
camila carolina cesar césar claudio consuelo cristobal daniela eduardo elizabeth elvira
emiliano enrique esperanza fabiola fernanda gabriela gerardo graciela guadalupe guillermo
gustavo hector héctor hugo ignacio isabela jaime javier jesus jesús joaquin joaquín
jorge juana julio leticia lorena lucia lucía luz marcela marco margarita maribel maricela
mario marisol martina mateo mauricio mercedes miguel mireya nestor néstor norma octavio
oscar pilar rafael ramiro raquel reyes ricardo rocio rocío rodolfo rogelio rosario salvador
sergio silvia sofia sofía teresa valentina veronica verónica ximena yolanda
aaliyah aiden alijah andre antoine aubrey brianna cedric darius darnell deandre demetrius
deshawn dwayne ebony imani jalen jamar jamie jaylen jermaine keisha kendrick lakeisha
latisha latoya malik marquis reggie shanice tamika terrell tyrone
brittney caleb chase colton dakota dallas garrett hunter jaden jayden kaitlyn kayla kendall
kennedy kylie mackenzie mason maddie marcy mitch nolan parker peyton reese riley sawyer
skyler spencer stacy taylor trent trey wyatt
"""

_MORE = """
goran zoran ivo ivica davor marija mirko branko darko nikola tomislav vesna jelena mladen
zeljko željko luka ante josip stjepan dario mateja petra katarina dragana milica nenad
dejan vladan slobodan srdjan predrag aleksandar bojan marjan mitja tanja sanja jasna
daria dasha yulia yuliya natalya nataliya tatiana tatyana oksana olena lyudmila galina
anastasia ekaterina yekaterina vera svetlana ksenia ksenija polina darya mikhailo mykola
oleksandr oleksiy volodymyr vitali vitaly vitaliy andriy taras bohdan yaroslav stepan
piotr paulina zofia zuzana jana lenka hana eva veronika miroslava radek jiri jiří petr
ondrej ondřej milos vaclav václav jaroslav ladislav
juha eeva sanna aino mikko jukka kari pekka timo antti heikki matti ville tuomas jussi
markku riikka tiina kaisa paivi päivi minna satu outi leena hanna laura elina johanna
sigrid solveig ingrid liv kari ola per nils arne bjarne knut erik torbjorn torbjørn
mette hanne birgit lise karen kirsten anette jesper rasmus mads morten soren søren
agneta annika ebba elsa frida linnea maja saga ulla sune gustav oskar viktor axel
ines inês ana beatriz joana mariana catarina sofia leonor matilde tiago goncalo gonçalo
duarte nuno rui vasco afonso jose josé manuel francisco antonio antónio joaquim
mia tomás tomas hal arun ananya mingma pemba tenzing nima dawa lhakpa ang sonam karma
aarav advait aryan ishaan vivaan kabir arnav ayush harsh varun tarun karan rajiv sanjiv
naresh mahesh suresh ritesh mukesh lokesh umesh yogesh hitesh nitin sandeep pradeep
amitabh abhay alok ashwin balaji girish harish jagdish kishore madhav mohan murali
nandan pankaj pranav prashant raghav rajeev sachin sameer shankar shyam sudhir tushar
vikas vinay vivek yash aditi anita aparna archana bhavna deepa deepika gayatri geeta
gita indira jaya jyoti kalpana kamala kavya lata madhuri mala manisha nandini nisha
padma pallavi pooja preeti radha rani rekha ritu sapna seema shalini shanti shilpa
shobha smita sneha sonia sudha sujata sunita swati tanvi uma usha vandana vidya
wen jie hao yu xin yang lin mei ling fang yun qing tao bo chen feng gang hua jian kang
lan li na ping qiang rui shan ting xue yi yong zhen zhi
hiroshi kenji takeshi yuto sota ren hinata yui sakura aoi haruka emi mai nao rie saki
minh anh linh hoa lan mai thanh tuan duc hung dung quang
jin-ho ji-hoon min-seo seo-jun ha-eun su-bin ye-jin
kwame ama abena efua esi yaw kofi kojo kwaku akwasi fiifi nana adjoa
chinwe ngozi nneka obiageli tochukwu ikenna ebuka kelechi uchenna ifeanyi oluwadamilare
tolu bola funmi kemi lola sade titi wale yinka dayo segun kunle gbenga
wanjiku wambui njeri nyambura kamau otieno ochieng odhiambo kiprono kipchoge wanjiru
amani baraka neema rehema zawadi juma hamisi mwangi
thandiwe thandi lindiwe nomsa sibusiso themba thulani lerato palesa mpho
kagiso tshepo karabo nkosinathi bheki
sizwe mandla mzwandile lungile siyabonga sandile nhlanhla vusi jabulani zodwa nokuthula
busisiwe lwazi ayanda andile xolani mxolisi mbali nonhlanhla zinhle refilwe tumelo kabelo
katlego lebogang tebogo boitumelo dikeledi ntombi nandipha thembeka phumzile tshepiso lesego
kgomotso tatenda farai tafadzwa chipo nyasha tinashe tapiwa chiedza
wairimu njambi akinyi atieno achieng muthoni wangari wangui
adaobi ijeoma adewale adebola oluwafemi ayodeji olamide temitope damilola babatunde olusegun
kwadwo kwesi
mehmet mustafa emre burak cem deniz elif emine ayse ayşe hatice merve ozlem özlem
selin serkan murat hakan kemal ahmet can baris barış ebru esra gul gül
reza ali hossein mohsen mehdi saeed amir parisa shirin maryam nasrin leila sara
yosef yossi moshe avi eitan noa tamar yael shira ronit dov ehud benny
"""

# Irish, Welsh, Dutch, French, Hungarian, West African, Arabic, Portuguese and
# Nordic names common in international news, with and without accents.
_INTERNATIONAL = """
siobhán sinéad orlaith eimear clodagh máiread oisín cathal seán cormac fionn tadhg ronan
niall éamonn diarmuid colm dafydd angharad eluned emrys catrin rhiannon gwyneth bethan ffion
siân cerys carys lowri elin iwan ioan huw gethin aled owain llyr llŷr idris geraint gruffydd
hywel ieuan emlyn meirion alun eirlys nerys eleri joost marloes pieter joris sanne femke
lotte anouk maarten bram sander thijs wouter floris ruud henk kees geert bart lieve griet
wim dirk hendrik koen jeroen stijn lieven annelies inge anneke ilse marieke léa lea chloé
manon inès elodie élodie amélie aurélie céline celine hélène helene sylvie nathalie juliette
margaux océane oceane mathilde clémence clemence anaïs anais agathe benoît théo étienne
etienne cédric aurélien aurelien loïc loic gaël gael andré renée zsófia zsofia katalin
eszter erzsébet erzsebet ildikó ildiko judit anikó aniko réka reka dóra dora orsolya ágnes
gábor gabor istván istvan attila tamás tamas balázs balazs csaba ferenc józsef jozsef péter
levente bence márton marton olumide tolulope bolaji yetunde funmilayo ayo amaka chukwuma
halima musa abubakar hadiza talal reem hussain hamad hamza tarek walid nabil samira dina
huda noor otávio otavio thiago vinícius vinicius juliana luana larissa letícia patrícia
luíza luiza paulo mateus matheus ragnhild gunnhild silje ingeborg birthe birgitte signe
freja ida olav ole bjørn torben reto
"""

# Scottish, older British, Italian and Danish names missing above.
_FURTHER = """
iain ewan euan ewen lachlan finlay gregor murdo dougal dougie kenny catriona eilidh elspeth
isobel morag mhairi shona kirsteen ruaridh ruairidh torquil lionel neville cyril clarence
cecil horace ivor wilfred wilbur wilf ernie barrie dermot fintan benedict crispin piers
quentin rupert rufus jasper humphrey tristram percival edna enid ethel gladys hilda irma lois
mabel maisie mavis myrtle nellie sybil beryl trudy wanda zelda freya evie felicity jemima
lavinia hermione araminta cressida aurelio benito cosimo luciano maurizio ottavio rocco
fabrizio gianluca gianni mariella ornella tiziana bodil dorte grethe inger pernille susanne
tove erling flemming henning jørgen jorgen knud mogens poul preben svend ulrik claus
"""

# Dutch and Flemish, Thai, and Vietnamese family names, which open a Vietnamese name
# ("Nguyen Van An"); short ones that are English words ("Le", "Ho", "Do") left out.
_DUTCH_THAI_VIETNAMESE = """
martijn maarten joost bram thijs jeroen wouter niels daan ruud koen stijn floris gijs arjen
sjoerd femke marieke anouk sanne lotte sander bas teun wim kees geert hendrika joris lieke
merel roel sietse tjerk wietske ymke nalinee somchai somsak siriporn supaporn pornthip
wanida nittaya apinya chatchai sompong prasert wichai surachai kittisak ratana sunisa
pimchanok thanawat narong nuttapong suthida nguyen tran pham hoang phan huynh bui dang dao
duong ngo vuong trinh
"""

# Spanish, Basque and Catalan names missing above.
_IBERIAN = """
ruben rubén marcos álvaro alvaro iñigo íñigo inigo julen unai aitor ander asier mikel xabier
gorka iker ibai eneko oier ainhoa itziar leire amaia nerea irati garazi aitana ferran ferrán
oriol arnau enric lluís lluis nuria núria montserrat
"""

_REMOVED = frozenset(
    {
        "mercedes",
        "jesus",
        "jesús",
        "angel",
        "hunter",
        "chase",
        "parker",
        "dakota",
        "dallas",
        "reyes",
        "crystal",
        "amber",
        "june",
        "april",
        "august",
        "summer",
        "christian",
        "na",
        "can",
        "saga",
        "gang",
        "karma",
        "ping",
        "ang",
        "per",
        "lan",
        "nana",
        "ama",
    }
)

GIVEN_NAMES: frozenset[str] = (
    frozenset(
        (
            _ENGLISH
            + _EUROPEAN
            + _WORLD
            + _AMERICAN
            + _MORE
            + _INTERNATIONAL
            + _FURTHER
            + _DUTCH_THAI_VIETNAMESE
            + _IBERIAN
        ).split()
    )
    - _REMOVED
)
