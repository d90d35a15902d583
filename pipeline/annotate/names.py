"""Common English-language given names that are almost always one gender.

Pronoun attribution ("he said", "she added") needs to know whether a person in the story
is a he or a she. The story itself says so only sometimes (an honorific, a pronoun in a
sentence about that person alone); a given name usually does. Names used for both
(Chris, Jordan, Kelly, Pat, Terry, ...) are left out on purpose: an unknown gender is
better than a wrong one.
"""

from __future__ import annotations

MALE = frozenset(
    """
    aaron abdul adam adrian ahmed al alan albert alberto alejandro alexander alfred ali andre andrew
    andy angelo anthony antonio arnold arthur barack barry ben benjamin benny bernard bernie bill billy
    bob bobby boris brad bradley brandon brett brian bruce bryan byron calvin carl carlos cecil chad
    charles charlie chuck clarence clark claude clayton cliff clifford clint cody colin corey
    craig curtis dan daniel danny darrell darren dave david dean dennis derek devin dick diego dmitry
    don donald doug douglas duane dustin dwight earl ed eddie edgar edward eli elijah elliot emmanuel
    eric erik ernest ethan eugene evan felix fernando francis francisco frank franklin fred frederick
    gabriel gary gavin gene george gerald gilbert glenn gordon graham greg gregory gus hank harold
    harry harvey hector henry herbert herman howard hugh hugo ian isaac ivan jack jacob jake james
    jared jason javier jay jeb jeff jeffrey jeremy jerome jerry jim jimmy joe joel joey john johnny
    jon jonathan jorge jose joseph josh joshua juan julian justin karl keith ken kenneth kevin kurt
    kyle lamar lance larry lawrence leo leon leonard lewis lloyd louis luis luke marco
    marcus mario mark marshall martin marvin matt matthew maurice max melvin michael miguel mike
    milton mitch mitchell mitt mohammed muhammad nathan neil nelson newt nicholas nick noah norman
    oliver omar oscar owen pablo patrick paul pedro pete peter phil philip phillip preston rafael
    ralph randall randy ray raymond reggie reince rex ricardo richard rick ricky rob robert roberto
    rod rodney roger roland ron ronald ross roy rudy russell ryan sam samuel scott sean sergei sergey
    seth shane shawn sheldon simon stanley stephen steve steven stuart ted terrence theodore thomas
    tim timothy todd tom tommy tony travis trey troy tyler vernon victor vincent vladimir wade walter
    warren wayne wesley william willie xavier zachary
    """.split()
)

FEMALE = frozenset(
    """
    abby abigail ada adriana agnes aileen alexandra alexis alice alicia alison allison amanda amber
    amy ana andrea angela angelica angie anita ann anna anne annie april ariana arlene ashley audrey
    barbara beatrice becky belinda betsy betty beverly bonnie brenda brittany brooke candace carla
    carmen carol caroline carolyn carrie catherine cathy cecilia charlotte cheryl christina christine
    cindy claire clara claudia colleen connie constance courtney crystal cynthia daisy darlene dawn
    debbie deborah debra denise diana diane dianne dolores donna doris dorothy edith eileen elaine
    eleanor elena elise elizabeth ella ellen emily emma erica erin esther eva evelyn florence frances
    gabriela gail georgia geraldine gina gladys gloria grace gretchen hannah harriet hazel heather
    heidi helen hillary holly ida irene iris isabel ivanka jackie jacqueline jane janet janice jeanne
    jennifer jessica jill joan joanna joanne jocelyn josephine joy joyce juanita judith judy julia
    julie june karen karla kate katherine kathleen kathryn kathy katie katrina kayla kellyanne kirsten
    kristen kristin laura lauren leah lila lillian linda lisa loretta lori lorraine louise lucia lucy
    lydia mabel madeleine madison marcia margaret maria marian marie marilyn marjorie
    marlene martha mary maureen megan melania melanie melissa mia michelle mildred miriam molly monica
    nancy naomi natalie nicole nikki nina nora norma olga olivia pam pamela patricia paula pauline
    peggy penny phyllis priscilla rachel rebecca regina renee rhonda rita roberta rosa rose rosemary
    ruth sabrina sally samantha sandra sara sarah sharon sheila shirley sonia sonya sophia stacey
    stephanie sue susan suzanne sylvia tamara tammy tanya teresa theresa tiffany tina tracy ursula
    valerie vanessa vera veronica vicki victoria virginia vivian wanda wendy whitney yolanda yvonne
    zoe
    """.split()
)


# Given names that are as often surnames ("Elizabeth Warren", "Howard Dean"): alone, a
# story's "Warren" or "Dean" is a surname and says nothing of gender.
_ALSO_SURNAMES = frozenset(
    """
    allen arthur bruce carl clark craig curtis dean douglas franklin gordon graham grant henry howard
    james lewis lloyd marshall martin mitchell nelson ross russell scott stanley thomas warren wayne
    wesley glenn milton hugh owen dale june rose joy grace
    """.split()
)


def gender_of_given_name(name: str) -> str | None:
    """'m' or 'f' for a name whose first word is a common one-gender given name ("Melanie",
    "Chris Matthews" stays unknown, "Warren" alone is a surname)."""
    words = name.split()
    if not words or (len(words) == 1 and words[0].lower() in _ALSO_SURNAMES):
        return None
    first = words[0].lower().strip(".")
    if first in MALE:
        return "m"
    if first in FEMALE:
        return "f"
    return None
