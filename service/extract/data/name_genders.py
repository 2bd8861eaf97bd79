"""Given names that are clearly one gender, lowercase: weak evidence of who "she"
or "Mrs Hollis" is when an article shows nothing stronger.

Only names that are overwhelmingly one gender wherever they are common belong
here. Names used for both, or for a man in one country and a woman in another
("Alex", "Sam", "Jordan", "Robin", "Jean", "Andrea", "Kim", "Nicola", "Simone",
"Kari", "Jan"), are left out on purpose: a missing name only means no evidence.
Accented and unaccented spellings are both listed.
"""

from __future__ import annotations

import functools
import gzip
import unicodedata
from pathlib import Path

# Names of one gender from nomquamgender's pooled sources (scripts/build_name_genders.py;
# its MIT licence in name_genders.LICENSE): consulted after the hand lists, which say
# what they say on purpose.
LISTED_GENDERS_FILE = Path(__file__).with_name("name_genders.txt.gz")

_FEMALE_ENGLISH = """
aaliyah abbie abby abigail ada adele adrienne agnes aileen ailsa aimee alana alexa alexandra
alice alicia alison allison alyssa amanda amelia amy angela angelina angie anita ann anna
annabel anne annette annie antonia audrey ava barbara beatrice becky belinda bernadette beth
bethany betty beverley beverly bonnie brenda brianna bridget brittany brittney brooke
caitlin camilla candice carla carly carmen carol caroline carolyn carrie catherine cathy
charlene charlotte chelsea cheryl chloe chrissie christina christine ciara claire clara
clare claudia constance cynthia daisy danielle dawn debbie deborah debra deirdre denise
diana diane dianne donna doreen doris dorothy ebony edith eileen elaine eleanor elizabeth
ella ellen ellie eloise elsie emily emma erica erin esther eva fiona florence frances
francesca gail gemma georgia georgina geraldine gillian gina gloria grace gwen gwendolyn
hailey hannah harriet hayley hazel heather heidi helen helena holly imogen irene iris
isabel isabella isabelle isla jacqueline jane janet janice jasmine jeanette jennifer jenny
jessica jill joan joanna joanne jodie josephine joy joyce judith judy julia julie kaitlyn
karen kate katherine kathleen kathryn katie katy kayla keisha kimberly kirsty kristen kylie
lakeisha lana latisha latoya laura lauren leah lily linda lisa lorna lorraine louise lucy
lydia lynda lynne maddie madeleine madison maggie mandy margaret maria marianne marie
marilyn marjorie martha mary matilda maureen maxine megan melanie melissa mia michelle
mildred millie miranda molly monica muriel nadia nancy naomi natalie natasha nicole norma
olivia pamela patricia paula pauline peggy penelope penny phoebe phyllis polly priscilla
rachel rebecca regina rita roberta rosa rosalind rose rosemary ruby ruth sadie sally
samantha sandra sara sarah scarlett shanice sharon sheila shirley sophia sophie stacey
stella stephanie susan suzanne sylvia tamika tamsin tania tanya tara teresa tess tessa
theresa tiffany tina tracey tracy valerie vanessa vera veronica vicky victoria violet
virginia wendy winifred yvonne zara zoe
beatrix bernice blanche bronwyn camille celia clarissa colette colleen cora corinne daphne
darlene delia della dolly dolores dorothea edna edwina elise eliza estelle ethel eunice
faye felicity fern flora freya gabrielle greta harriett hattie henrietta hermione
isobel ivy jade janelle janine jenna josie juliet kara kathy kristin kristina lacey
laurel leanne leona lilian lillian liz lois loretta lottie lucille lucinda lynette mabel
madeline mae marcia margot marisa marlene marsha maud mavis maya miriam myra nadine
nell nellie nora olive pam pearl philippa renee rosie roxanne sabrina selina
susannah tamara tammy tanisha tasha thelma viola wanda
"""

_MALE_ENGLISH = """
aaron adam adrian aidan aiden alan alasdair alastair albert alec alexander alfie alfred
alistair allan andrew andy anthony archie arnold arthur austin barry ben benjamin bernard
bill billy bob bobby brad bradley brandon brendan brett brian bruce bryan caleb callum calum
calvin carl charles christopher clifford clive colin colton connor conor craig curtis damian
damien dan daniel danny darius darnell darren dave david dean deandre declan demetrius
dennis derek desmond dominic don donald doug douglas duncan dustin dwayne dylan eddie edgar
edmund edward elijah elliot elliott eric ernest ethan eugene evan fergus francis frank
freddie frederick gabriel gareth garrett garry gary gavin geoff geoffrey george gerald
gerard glen glenn gordon graeme graham greg gregory hamish harold harry harvey henry herbert
howard hugh hugo ian isaac jack jacob jake jalen jamar james jared jason jeff jeffrey jeremy
jermaine jerome jerry jim jimmy joe joel john johnny jon jonathan joseph josh joshua julian
justin keith ken kendrick kenneth kevin kieran kyle larry lawrence leo leon leonard lewis
liam lionel lloyd louis lucas luke malcolm marcus mark marquis martin marvin mason matt
matthew maurice max michael mike mitch nathan nathaniel neil nicholas nick nigel nolan
norman oliver oscar owen patrick paul percy peter phil philip phillip ralph randy ray
raymond reggie reginald rhys richard rick ricky rob robert rod rodney roger ronald rory ross
roy russell ryan samuel scott sean shane shaun shawn simon stanley stephen steve steven
stewart stuart ted terence terrell theo theodore thomas tim timothy toby todd tom tommy tony
trevor tristan troy tyrone victor vince vincent wade walter warren wayne wesley william
wyatt zachary
abe alvin barney basil benedict bert brent bryce byron cecil chad clarence clayton
clint clyde cody cyril darrell dexter duane dudley dwight earl edwin elmer errol everett
floyd fred gilbert gord gus horace irving jarrod jasper kurt lance leroy lorne melvin mervyn
milton monty neville oswald otis quentin randall rex roland ron rupert seth
sheldon terrence travis tyler vernon wallace walt wilbur wilfred winston zach
"""

_FEMALE_CELTIC = """
aoife aisling niamh siobhan siobhán saoirse sorcha orla orlaith roisin róisín mairead máiréad
máiread fionnuala grainne gráinne caoimhe sinead sinéad eimear clodagh angharad eluned catrin
rhiannon gwyneth bethan ffion sian siân cerys carys lowri elin eirlys nerys eleri morag
kirsteen
brid bríd dervla nuala rhian órla
"""

_MALE_CELTIC = """
padraig pádraig seamus séamus eoin oisin oisín cillian ciaran ciarán donal dónal eamon eamonn
éamonn micheal mícheál ruairi cathal seán cormac fionn tadhg ronan niall diarmuid colm dafydd
emrys iwan ioan huw gethin aled owain llyr llŷr idris geraint gruffydd hywel ieuan emlyn
meirion alun angus lachlan fraser
darragh fergal lorcan rhodri ruairí
"""

_FEMALE_ROMANCE = """
agathe alejandra alessandra alessia alondra amelie amélie ana anais anaïs aurelie aurélie
beatriz camila carolina catalina catarina cecile celine chiara chloé christelle clemence
clémence consuelo cristina cécile céline daniela delphine elena elisa elodie elvira
esperanza fabiola fernanda francesca gabriela giulia graciela helene hélène ines inès inês
isabela joana juana juliana juliette larissa lea leonor leticia letícia lola lorena luana
lucia lucía luisa luiza luz luíza léa manon manuela marcela margarita margaux mariana
maribel maricela marina marisol martina mathilde matilde mireya nathalie oceane océane paola
patricia patrizia patrícia pilar raquel renée rocio rocío silvia simona sofia sofía sylvie
teresa valentina valeria verónica ximena yolanda élodie
"""

_MALE_ROMANCE = """
afonso alain alberto alejandro alessandro alfonso alvaro andre andres andré andrés antoine
antonio antónio armando arnaud arturo aurelien aurélien benoit benoît bruno carlo carlos
cedric cesar christophe claudio clement clément cristian cristobal cédric césar dario diego
domenico duarte edouard eduardo emiliano emilio emmanuel enrico enrique enzo ernesto esteban
etienne fabien fabio federico felipe fernando francesco francisco franco francois françois
frederic frédéric gael gaston gaël gerardo giorgio giovanni giuseppe goncalo gonzalo gonçalo
guido guillaume guillermo gustavo hector herve hervé hugues héctor ignacio jacques
javier jean-claude jean-luc jean-marc jean-paul jean-pierre jerome joao joaquim joaquin
joaquín jordi jorge jose josé joão juan julien julio jérôme laurent leonardo loic lorenzo
loïc luca luis manuel marc marcel marco mariano mario massimo mateo mateus matheus mathieu
matteo mauricio maxime michel miguel nestor nicolas nuno néstor octavio olivier otavio
otávio pablo paolo pascal paulo pedro philippe piero pierre pietro rafael raffaele ramiro
ramon ramón raul raúl ricardo riccardo roberto rodolfo rodrigo rogelio rui salvador
salvatore sandro santiago sebastian sebastien sergio stefano stephane stéphane sébastien
thiago thierry théo tiago valentin vasco vincenzo vinicius vinícius vittorio xavier yannick
álvaro édouard étienne
"""

_FEMALE_GERMANIC = """
agneta aino anette angelika anika anja anke anneke annelies annika anouk astrid bettina
birgit birgitte birthe dagmar ebba eeva elina elisabeth elke elsa femke freja frida gisela
griet gunnhild hanna hanne heike ida ilse inga inge ingeborg ingrid johanna kaisa karin
katja kerstin kirsten leena lena lieve linnea lise liv lotte margrethe marieke marloes mette
minna outi paivi päivi ragnhild renate riikka sabine sanna sanne satu selma signe sigrid
silje solveig tiina ulla ulrike ursula
"""

_MALE_GERMANIC = """
aaro alois anders anton antti arne axel bart bernd bjarne bjorn björn bjørn bram carsten
christoph dieter dirk dominik elias emil erik fabian felix florian floris franz friedrich
geert georg gerhard gunnar gunther gustav günther hans harald heikki heinrich heinz helmut
hendrik henk henrik horst jakob jens jeroen jesper joachim johan johann johannes jonas joost
joris josef juergen juha jukka jurgen jussi jürgen karl kasper kees klaus knut koen konrad
lars leif lieven lukas maarten mads magnus manfred markku markus mathias matthias matti
mattias mikael mikko morten niels niklas nils olaf olav ole oskar pekka pieter rasmus
reinhard rolf rudolf ruud sander soren stefan stijn sune sven sören søren thijs thorsten
timo tobias torben torbjorn torbjørn tuomas ulrich uwe ville volker walther werner wim
wolfgang wouter
"""

_FEMALE_SLAVIC_BALKAN = """
agata agnieszka aleksandra anastasia aniko anikó beata daria darya dasha dora dorota dragana
dóra ekaterina eleni emilia erzsebet erzsébet eszter galina hana ildiko ildikó ioana irina
ivana jana janina jasna jelena judit katalin katarina katarzyna krisztina ksenia ksenija
lenka lyudmila malgorzata margit marija marta małgorzata milica mirela miroslava monika
natalia nataliya natalya nina oksana olena olga orsolya paulina petra polina reka renata
réka sanja snezana svetlana tanja tatiana tatyana veronika vesna viktoria yekaterina yulia
yuliya zofia zsofia zsófia zuzana ágnes
"""

_MALE_SLAVIC_BALKAN = """
aleksandar aleksander aleksandr alexei alexey anatoly andrei andrej andriy andrzej ante
attila balazs balázs bartosz bence bogdan bohdan bojan boris borislav branko constantin
csaba darko davor dejan dimitri dimitrios dmitri dmitry dragan ferenc filip gabor georgi
georgios goran grzegorz gábor igor ilya ioannis ion istvan istván ivan ivica ivo jacek jakub
janusz jaroslav jiri jiří josip jozef jozsef józsef karol konstantin krzysztof ladislav
laszlo leonid levente luka lukasz lászló marek marius marjan marko marton mateusz maxim
michal michał mikhail mikhailo milan milos miloš mirko miroslav mitja mladen mykola márton
nenad nikolai nikolaos nikolay oleg oleksandr oleksiy ondrej ondřej pavel pawel paweł
petar petr piotr predrag péter radek rafal rafał roman ruslan sergei sergey slawomir
slobodan srdjan stepan stjepan sławomir tamas tamás taras teodor tomas tomasz tomislav tomás
tomáš vaclav vasily viktor vitali vitaliy vitaly vladan vladimir vladislav volodymyr václav
wojciech yaroslav yevgeny yuri yury zbigniew zeljko zoltan zoltán zoran zsolt łukasz željko
"""

_FEMALE_MIDDLE_EAST = """
aisha amina amna ayesha ayse ayşe dina ebru elif emine esra farah fatima fatma fatuma hadiza
halima hatice huda jamila latifa layla leila lina mariam maryam merve nasrin ozlem parisa
rania reem ronit sadia salma samira selin shira shirin tamar yael yasmin yasmine zainab
zeynep özlem
"""

_MALE_MIDDLE_EAST = """
abdel abdul abdulla abdullah abdullahi abu abubakar adnan ahmad ahmed ahmet alhassan alim
amir avi aziz baris barış bashir benny bilal burak cem dov ehud eitan emre fahad faisal
farid habib hakan hakim hamad hamid hamza hassan hossein hussain hussein ibrahim
imran ismail jamal kamal karim kemal khalid mahmoud malik mehdi mehmet mohamed mohammad
mohammed mohsen moshe muhammad murat musa mustafa nabil omar rashid reza saad saeed salim
sameer samir serkan shahid talal tarek tariq usman walid yosef yossi yusuf zubair
"""

_FEMALE_AFRICAN = """
abena adaeze adjoa adwoa afua akosua akua amaka chiamaka chidinma chinwe chioma efua esi
folake funmi funmilayo ifeoma kemi lindiwe naledi nandi neema ngozi njeri nkosazana nneka
nomsa nomvula nyambura obiageli palesa rehema sade thandi thandiwe titi wambui wanjiku
wanjiru yetunde zanele zawadi
adunni bukola busisiwe comfort folasade lerato mercy thandeka
"""

_MALE_AFRICAN = """
akwasi amadou babajide bheki bolaji bongani chidi chinedu chukwudi chukwuemeka chukwuma
emeka femi gbenga hamisi ikenna jomo juma kamau kipchoge kiprono kofi kojo kunle kwabena
kwaku kwame kwasi nkosinathi nnamdi obinna ochieng odhiambo olumide osagie otieno segun
sipho thabo themba thulani tunde wale wole yaw
babatunde jabulani mandla sibusiso tshepo
"""

_FEMALE_ASIAN = """
aditi akiko ananya anita anjali aparna archana aroha asha bhavna deepa deepika divya emi
gayatri geeta gita ha-eun haruka hiroko indira jaya kalpana kamala kavita kavya keiko
lakshmi lata madhuri mala manisha meera mei min-seo nandini naoko neha nisha padma pallavi
pooja preeti priya priyanka radha rani rekha ritu sakura sapna sarita seema seo-yeon shalini
shanti shilpa shobha shreya smita sneha sonia sudha sujata sunita swati tanvi uma usha
vandana vidya ye-jin yoko yuko
farida kavitha meenakshi mereana siti
"""

_MALE_ASIAN = """
aarav abhay abhishek aditya akash alok amit amitabh anand anil ankit arjun arnav arun arvind
aryan ashok ashwin ayaan ayush balaji daisuke deepak dinesh ganesh gaurav girish gopal
harish harsh haruki haruto hemi hideo hiroshi hitesh ishaan jagdish ji-hoon kabir karan
kazuo kenji kenta kishore koji lokesh madhav mahesh manoj masato min-jun mohan mukesh murali
nandan naresh naveen nikhil nitin pankaj pradeep prakash pranav prashant raghav rahul raj
rajeev rajesh rajiv rakesh ramesh ravi ritesh rohan rohit sachin sandeep sanjay sanjeev
sanjiv satoshi seo-jun shankar shinzo shyam siddharth sudhir sunil suresh takashi takeshi
tamati tarun tushar umesh varun vijay vikas vikram vinay vinod vivaan vivek wiremu yash
yogesh yuto
anirudh manjunath sione
"""

FEMALE_NAMES: frozenset[str] = frozenset(
    (
        _FEMALE_ENGLISH
        + _FEMALE_CELTIC
        + _FEMALE_ROMANCE
        + _FEMALE_GERMANIC
        + _FEMALE_SLAVIC_BALKAN
        + _FEMALE_MIDDLE_EAST
        + _FEMALE_AFRICAN
        + _FEMALE_ASIAN
    ).split()
)

MALE_NAMES: frozenset[str] = frozenset(
    (
        _MALE_ENGLISH
        + _MALE_CELTIC
        + _MALE_ROMANCE
        + _MALE_GERMANIC
        + _MALE_SLAVIC_BALKAN
        + _MALE_MIDDLE_EAST
        + _MALE_AFRICAN
        + _MALE_ASIAN
    ).split()
)


def name_gender(name: str) -> str | None:
    """ "f", "m" or None for a lowercase given name, as written or without its accents
    ("Lucélia" as "lucelia"): the hand lists, then the long list."""
    for spelling in (name, _unaccented(name)):
        if spelling in FEMALE_NAMES:
            return "f"
        if spelling in MALE_NAMES:
            return "m"
        gender = _listed_genders().get(spelling)
        if gender is not None:
            return gender
    return None


def _unaccented(word: str) -> str:
    """The name without its accents, for names the lists spell only plainly
    ("Gérald" is "gerald")."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@functools.cache
def _listed_genders() -> dict[str, str]:
    with gzip.open(LISTED_GENDERS_FILE, "rt", encoding="utf-8") as lines:
        return dict(line.split(" ") for line in lines.read().splitlines())
