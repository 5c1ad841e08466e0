"""A table claim read as a program over its table and run: counts, highest and lowest, ranks,
comparisons, totals and quantifiers, and the words that keep a claim from being read as one."""

import json

import pytest

from factcheck.checks.program import check_table_program
from factcheck.read.reading import read

from .conftest import one_table, write

# Made-up ports: no public figures.
PORTS = (
    "port,region,containers,domestic_containers,international_containers,staff\n"
    "northport,north,5200,1200,4000,310\n"
    "eastport,east,4100,2500,1600,220\n"
    "southport,south,3900,900,3000,400\n"
    "westport,north,1200,700,500,90\n"
)


@pytest.fixture
def ports(tmp_path):
    return one_table(tmp_path, "ports", PORTS, "Container ports: containers handled")


@pytest.mark.parametrize(
    ("text", "verdict", "operation", "found"),
    [
        ("Two ports handled more than 4,000 containers", "supported", "count", "2"),
        ("Three ports handled more than 4,000 containers", "disputed", "count", "2"),
        ("Three ports handled 3,900 containers or more", "supported", "count", "3"),
        ("Two ports in the north handled containers", "supported", "count", "2"),
        ("Northport handled the most containers", "supported", "max", "northport 1st of 4 with 5,200"),
        ("Northport handled the most containers, 5,200", "supported", "max", "northport 1st of 4 with 5,200"),
        ("Northport handled the most containers, 5,300", "disputed", "max", "northport 1st of 4 with 5,200"),
        ("Eastport handled the most containers", "disputed", "max", "eastport 2nd of 4 with 4,100"),
        ("Westport handled the fewest containers", "supported", "min", "westport 1st of 4 with 1,200"),
        ("Eastport handled the second-most containers", "supported", "rank", "eastport 2nd of 4 with 4,100"),
        ("Eastport handled the third-most containers", "disputed", "rank", "eastport 2nd of 4 with 4,100"),
        ("Eastport handled more containers than Southport", "supported", "compare", "4,100 for eastport"),
        ("Southport handled more containers than Eastport", "disputed", "compare", "3,900 for southport"),
        ("Southport handled fewer containers than Eastport", "supported", "compare", "3,900 for southport"),
        ("Southport had more staff than Northport", "supported", "compare", "400 for southport"),
        (
            "Eastport handled more domestic than international containers",
            "supported",
            "compare",
            "2,500 in domestic_containers",
        ),
        (
            "Northport handled more domestic than international containers",
            "disputed",
            "compare",
            "1,200 in domestic_containers",
        ),
        ("All ports handled more than 1,000 containers", "supported", "all", "4 of 4 rows"),
        ("All ports handled more than 2,000 containers", "disputed", "all", "3 of 4 rows"),
        ("No port handled more than 6,000 containers", "supported", "none", "0 of 4 rows"),
        ("No port handled more than 5,000 containers", "disputed", "none", "1 of 4 rows"),
        ("In all, the ports handled 14,400 containers", "supported", "sum", "14,400"),
        ("In all, the ports handled 15,000 containers", "disputed", "sum", "14,400"),
    ],
)
def test_a_program_is_run_over_the_table(ports, text, verdict, operation, found):
    finding = ports(text)
    assert finding.verdict == verdict, finding.explanation
    assert finding.program is not None and finding.program.operation == operation, finding.explanation
    assert found in finding.program.found, finding.program
    # The explanation shows the program in words and the rows it used.
    assert finding.program.words() in finding.explanation and "row " in finding.explanation


def test_the_rows_a_superlative_is_over_are_narrowed_by_the_other_values(tmp_path):
    check = one_table(
        tmp_path,
        "throughput",
        "port,year,containers\nnorthport,2022,3000\neastport,2022,3500\nnorthport,2023,5200\neastport,2023,4100\n",
        "Container ports: containers handled by year",
    )
    found = check("Eastport handled the most containers in 2022")
    assert found.verdict == "supported" and found.program.select == ("year = 2022",), found.explanation
    assert check("Eastport handled the most containers in 2023").verdict == "disputed"


def test_a_superlative_said_of_a_value_several_rows_hold_is_the_top_rows(tmp_path):
    # Made-up games: the ground of the biggest crowd, a ground that several games were played at.
    check = one_table(
        tmp_path,
        "games",
        "week,opponent,ground,attendance\n1,eastport,home park,61000\n2,westport,away field,78000\n"
        "3,southport,home park,66000\n4,northport,home park,59000\n",
        "Northport Rovers season: games",
    )
    found = check("The largest crowd of the season was at Away Field")
    assert found.verdict == "supported", found.explanation
    found = check("The largest crowd of the season was at Home Park")
    assert found.verdict == "disputed" and "best of its 3 rows" in found.program.found, found.explanation
    assert check("The smallest crowd of the season was at Home Park").verdict == "supported"
    # A place below the top, of a value several rows hold, is of the games or of the grounds: unread.
    assert check("The second-largest crowd of the season was at Home Park").program is None


GOLF = (
    "place,player,country,score,to_par\n1,ann lee,australia,70 + 69 = 139,- 5\n2,bo ray,united states,74 + 67 = 141,- 3\n"
    "3,cy orr,united states,72 + 72 = 144,e\n"
)


def test_a_cell_that_writes_a_sum_is_read_in_its_parts(tmp_path):
    # Made-up golfers: two rounds and their total in one cell.
    check = one_table(tmp_path, "leaders", GOLF, "Northshire Open: leaderboard after the second round")
    found = check("Ann Lee shot 69 in the second round")
    assert found.verdict == "supported" and "part 2: 69" in found.explanation, found.explanation
    assert check("Ann Lee shot 70 in the second round").verdict == "disputed"
    assert check("Ann Lee shot 139").verdict == "supported"
    assert check("Ann Lee shot 138").verdict == "disputed"
    # A part's figure said of no part (which round?) is neither the total nor checked against it.
    assert check("Ann Lee shot 69").verdict == "unverifiable"
    # Nor is a part's figure set against the total by the figure's own words ("a score of").
    assert check("Ann Lee had a score of 69").verdict == "unverifiable"
    # An ordinal of no part ("the second player") names none.
    assert check("The second player, Bo Ray, shot 67").verdict == "unverifiable"


def test_two_figures_set_against_one_cell_are_not_both_its(tmp_path):
    check = one_table(
        tmp_path, "leaders", "place,player,total\n1,ann lee,139\n2,bo ray,143\n", "Northshire Open: after two rounds"
    )
    # "two" of "two-round" is not the score: the cell is 143's, and "two" is left unchecked.
    found = check("Bo Ray had a two-round total of 143")
    assert found.verdict == "unverifiable" and "is the article's 143" in found.explanation, found.explanation
    # Both set against it and neither borne out: the dispute names the figure nearest the cell.
    found = check("Bo Ray had a two-round total of 144")
    assert found.verdict == "disputed" and "the article says 144" in found.explanation, found.explanation


def test_a_first_said_of_a_count_is_no_first_row_by_it(tmp_path):
    # Made-up results: seats won are 0 in most elections, 1 in one; "its first seat" orders no rows by seats.
    check = one_table(
        tmp_path,
        "greens",
        "election,candidates,seats_won,votes\n2001,72,0,197231\n2005,79,0,161842\n2009,85,0,134570\n2013,61,1,146607\n",
        "Northshire Greens: election results",
    )
    assert check("The Greens won their first seat in 2013").verdict != "disputed"


LEADERS = (
    "place,player,country,score,to_par\n1,ann lee,australia,65,- 5\n2,bo ray,united states,66,- 4\n"
    "t3,cy orr,united states,67,- 3\nt3,di fox,sweden,67,- 3\nt3,ed gil,united states,67,- 3\n"
    "t6,gus moe,united states,68,- 2\n"
)


def test_a_place_shared_with_other_rows_is_read_as_its_number_and_a_tie(tmp_path):
    # Made-up golfers: a leaderboard that marks shared places "t3".
    check = one_table(tmp_path, "leaders", LEADERS, "Northshire Open: first round leaderboard")
    assert check("Ed Gil was third").verdict == "supported"
    assert check("Ed Gil was tied for third").verdict == "supported"
    assert check("Ed Gil finished joint third").verdict == "supported"
    assert check("Three players finished joint third").verdict == "supported"
    assert check("Ed Gil was tied for sixth").verdict == "disputed"
    # A tie said of a place no other row shares is wrong.
    found = check("Bo Ray was tied for second")
    assert found.verdict == "disputed" and "shared" in found.explanation, found.explanation
    assert check("Three players were tied for third").verdict == "supported"
    assert check("Two players were tied for third").verdict == "disputed"
    assert check("Two Americans were among the three players tied for third").verdict == "supported"
    assert check("Gus Moe was ahead of Bo Ray").verdict == "disputed"
    # The last row of a list cut short: its place is marked shared though no row here shares it.
    assert check("Gus Moe was tied for sixth").verdict == "supported"
    # "led" puts a row first; "the field" is those taking part.
    assert check("Ann Lee led the field at five under par").verdict == "supported"
    assert check("Bo Ray led the field").verdict == "disputed"


def test_a_tie_is_also_a_place_several_rows_hold_unmarked(tmp_path):
    check = one_table(
        tmp_path,
        "results",
        "place,athlete,mark\n1,ann lee,8.10\n2,bo ray,8.02\n2,cy orr,8.02\n4,di fox,7.95\n",
        "Northshire Games: long jump final",
    )
    assert check("Two athletes were tied for second").verdict == "supported"
    assert check("Bo Ray was tied for second").verdict == "supported"
    assert check("Di Fox was tied for fourth").verdict == "disputed"


def test_several_values_of_one_column_name_no_one_row(tmp_path):
    check = one_table(tmp_path, "leaders", LEADERS, "Northshire Open: first round leaderboard")
    # Three rows named, none of which is the others: no lookup of one row disputes it.
    assert check("Cy Orr, Di Fox and Ed Gil were tied for third").verdict != "disputed"


PARTY = (
    "election,candidates_fielded,seats_won,total_votes,pct_of_popular_vote,place\n"
    "1991,42,0,12650,0.86%,4th\n1996,71,0,31511,1.99%,5th\n2001,72,0,197231,12.39%,3rd\n"
    "2005,79,0,161842,9.17%,3rd\n"
)


def test_a_place_a_cell_holds_brings_the_verbs_of_a_place(tmp_path):
    # Made-up results of a party, its place a word ("3rd") in a column called "place".
    check = one_table(tmp_path, "greens", PARTY, "Northshire Greens: election results")
    assert check("The Greens finished third in two elections").verdict == "supported"
    assert check("The Greens finished third in three elections").verdict == "disputed"


def test_a_figure_goes_in_a_column_that_can_hold_it(tmp_path):
    check = one_table(tmp_path, "greens", PARTY, "Northshire Greens: election results")
    # "of the vote" touches the votes counted and the share; a share is only the share's.
    found = check("In 1991 the Greens finished fourth with 0.86% of the vote")
    assert found.verdict == "supported" and "pct_of_popular_vote" in found.explanation, found.explanation
    assert check("In 1991 the Greens finished fourth with 0.96% of the vote").verdict == "disputed"


def test_a_column_of_one_label_with_a_year_each_is_a_column_of_years(tmp_path):
    # Made-up results of a party, each row an election written with its year.
    check = one_table(
        tmp_path,
        "party",
        'year,seats_won,pct_of_votes\n"northshire election , 1989",85,11.36\n'
        '"northshire election , 1991",120,20.11\n"northshire election , 1996",161,20.29\n',
        "Northshire Party: results in elections",
    )
    assert check("The party won 85 seats in 1989").verdict == "supported"
    assert check("The party won 161 seats in 1991").verdict == "disputed"
    # Each row named by its year alone: which is said to be more, the years' places in the claim say.
    assert check("The party won more seats in 1996 than in 1991").verdict == "supported"
    assert check("The party won more seats in 1989 than in 1991").verdict == "disputed"
    # A share is a percentage (synonyms.toml): "its highest vote share" is the column of percentages.
    assert check("The party's share of the vote was 20.29% in 1996").verdict == "supported"
    assert check("The party's highest vote share came in 1996").verdict == "supported"
    assert check("The party's highest vote share came in 1991").verdict == "disputed"


HOUSE = (
    "district,incumbent,party,first_elected,result\nnorthshire 1,ann lee,democratic,1983,re - elected\n"
    "northshire 2,bo ray,democratic,1980,re - elected\nnorthshire 3,cy orr,republican,1969,re - elected\n"
)


def test_a_quantifier_over_the_rows_its_noun_names(tmp_path):
    # Made-up districts: "every incumbent" is every row, the incumbents being the rows.
    check = one_table(tmp_path, "house", HOUSE, "Northshire House elections, 1988")
    found = check("Every incumbent was re-elected")
    assert found.verdict == "supported" and found.program.operation == "all", found.explanation
    assert check("No incumbent was re-elected").verdict == "disputed"
    assert check("All the incumbents were Democrats").verdict == "disputed"
    # A noun that names no rows ("every voter") is no quantifier over them.
    assert check("Every voter was re-elected").verdict == "unverifiable"
    # A row with nothing said in the column is no row against it.
    blank = one_table(tmp_path / "b", "house", HOUSE + "northshire 4,di fox,democratic,1990,\n", "Northshire House")
    assert blank("Every incumbent was re-elected").verdict == "unverifiable"


def test_the_longest_serving_row_began_earliest(tmp_path):
    check = one_table(tmp_path, "house", HOUSE, "Northshire House elections, 1988")
    found = check("Cy Orr was the longest-serving incumbent")
    assert found.verdict == "supported" and found.program.operation == "min", found.explanation
    found = check("Bo Ray was the longest-serving incumbent")
    assert found.verdict == "disputed" and "1969" in found.explanation and "1,969" not in found.explanation
    assert check("Ann Lee was the most recently elected incumbent").verdict == "supported"
    # A table with no column of when rows began: nothing to read it by.
    other = one_table(tmp_path / "o", "seats", "member,votes\nann lee,100\nbo ray,90\n", "Northshire votes")
    assert other("Ann Lee was the longest-serving member").verdict == "unverifiable"


# Made-up games of one team in one month: the day in a column named for the month, the team's
# score first, and its record (wins - losses - ties) after each game.
MONTH = (
    "game,march,opponent,score,record,points\n20,2,eastport,3 - 4,10 - 8 - 1,21\n21,4,westport,8 - 1,11 - 8 - 1,23\n"
    "22,8,southport,5 - 5,11 - 8 - 2,24\n23,11,northtown,2 - 4,11 - 9 - 2,24\n24,15,eastport,6 - 2,12 - 9 - 2,26\n"
)


def test_a_column_named_for_a_month_holds_its_days(tmp_path):
    check = one_table(tmp_path, "games", MONTH, "Northport Rovers season: games of March")
    assert check("Northport played Southport on March 8").verdict == "supported"
    found = check("Northport played Southport on March 9")
    assert found.verdict == "disputed" and "march 8" in found.explanation, found.explanation
    assert check("Northport had 24 points after the game on March 11").verdict == "supported"


def test_a_teams_score_is_first_where_its_record_says_so(tmp_path):
    check = one_table(tmp_path, "games", MONTH, "Northport Rovers season: games of March")
    assert check("Northport beat Westport 8-1 on March 4").verdict == "supported"
    assert check("Northport beat Northtown on March 11").verdict == "disputed"
    assert check("Northtown beat Northport 4-2").verdict == "supported"
    assert check("Northtown beat Northport on March 11").verdict == "supported"
    assert check("Northport won two games in March").verdict == "supported"
    assert check("Northport won three games in March").verdict == "disputed"
    assert check("Northport tied Southport 5-5").verdict == "supported"
    assert check("Northport tied one game in March").verdict == "supported"
    # "their first game" of games 20 to 24 is the first row, not a game numbered 1.
    assert check("In their first game of March, Northport beat Eastport").verdict == "disputed"
    assert check("In their first game of March, Northport lost to Eastport").verdict == "supported"
    # Where the record does not follow the scores read so (the other side's score first), no
    # outcome is read from them.
    flipped = MONTH.replace("3 - 4", "4 - 3").replace("8 - 1", "1 - 8")
    other = one_table(tmp_path / "f", "games", flipped, "Northport Rovers season: games of March")
    assert other("Northport beat Westport on March 4").verdict == "unverifiable"


def test_rows_named_together_each_hold_what_is_said_of_them(tmp_path):
    leaders = LEADERS.replace("1,ann lee", "t1,ann lee").replace(
        "2,bo ray,united states,66,- 4", "t1,bo ray,united states,65,- 5"
    )
    check = one_table(tmp_path, "leaders", leaders, "Northshire Open: first round leaderboard")
    # "shared the lead": first place, shared; each named row holds it, and the score said.
    assert check("Ann Lee and Bo Ray shared the lead at five under par").verdict == "supported"
    assert check("Ann Lee and Bo Ray shared the first-round lead").verdict == "supported"
    found = check("Ann Lee and Cy Orr shared the lead")
    assert found.verdict == "disputed" and "cy orr: place t3" in found.explanation, found.explanation
    assert check("Ann Lee and Bo Ray shared the lead at four under par").verdict == "disputed"
    assert check("Cy Orr, Di Fox and Ed Gil were tied for third").verdict == "supported"


SEATS = (
    "party,seats_dissol,seats_2012,gains,holds,losses,net_change\nred,66,61,11,50,16,- 5\n"
    "blue,4,17,15,2,2,+ 13\ngreen,8,5,0,5,3,- 3\n"
)


def test_a_change_said_by_its_size_is_read_in_the_column_of_changes(tmp_path):
    # Made-up seats before and after an election, with gains, losses and the net change.
    check = one_table(tmp_path, "seats", SEATS, "Northshire election: seats by party")
    # "rose by 13" is a change: the net change, never the seats after (17).
    assert check("Blue's seats rose by 13").verdict == "supported"
    assert check("Blue's seats fell by 13").verdict == "disputed"
    assert check("Green's seats fell by three").verdict == "supported"
    # "lost" is a loss (synonyms.toml), read in the column of losses.
    assert check("Green lost three seats").verdict == "supported"
    # "gained 13": 15 gains, but a net change of 13, which the claim may mean: not disputed.
    assert check("Blue gained 13 seats").verdict == "unverifiable"
    assert check("Blue gained 14 seats").verdict == "disputed"
    assert check("Blue gained 15 seats").verdict == "supported"


def test_a_margin_is_the_gap_between_the_rows_two_columns_of_its_noun(tmp_path):
    # Made-up ballot measures: yes and no votes.
    check = one_table(
        tmp_path,
        "measures",
        "number,passed,yes_votes,no_votes,description\n17,yes,136842,100362,dog licence amendment\n"
        "18,yes,100552,100395,harbour tax amendment\n21,no,92722,110404,dentistry bill\n",
        "Northshire ballot measures, 1914",
    )
    found = check("The harbour tax amendment passed by 157 votes")
    assert found.verdict == "supported" and found.program.operation == "difference", found.explanation
    # A margin is no cell: never disputed against the no votes (100,395).
    found = check("The harbour tax amendment passed by 257 votes")
    assert found.verdict == "disputed" and "a margin of 157" in found.explanation, found.explanation
    # A margin the same as a cell is still no cell ("won by 100,395 votes" is no count of votes).
    single = one_table(tmp_path / "s", "votes", "party,votes\nred,100395\nblue,90000\n", "Northshire vote")
    assert single("Red won by 100,395 votes").verdict == "unverifiable"
    # "by" after no verb of an outcome says who did it: the yes votes, a cell.
    assert check("The dentistry bill was backed by 92,722 yes votes").verdict == "supported"


def test_a_yes_or_no_column_is_read_by_its_name_and_its_opposite(tmp_path):
    check = one_table(
        tmp_path,
        "measures",
        "number,passed,yes_votes,no_votes,description\n17,yes,136842,100362,dog licence amendment\n"
        "18,yes,100552,100395,harbour tax amendment\n21,no,92722,110404,dentistry bill\n",
        "Northshire ballot measures, 1914",
    )
    assert check("Two measures passed").verdict == "supported"
    assert check("Three measures passed").verdict == "disputed"
    # "failed" is the opposite of "passed" (tables.toml opposites): a "no".
    assert check("One measure failed").verdict == "supported"
    found = check("The harbour tax amendment failed")
    assert found.verdict == "disputed" and "passed yes" in found.explanation, found.explanation


# Made-up cargo airports, copied as a page's sort keys leave them ("0 813209", "0 3.9%").
CARGO = (
    'rank,airport_name,location,tonnes,pct_chg\n1,northport international airport,"northport , north",3916410,0 0.0%\n'
    '2,eastport airport,"eastport , east",2543105,0 3.9%\n3,southport international airport,"southport , south",2188422,0 1.0%\n'
    '4,westport airport,"westport , west",0 813209,0 5.0%\n'
)


def test_a_hidden_sort_key_before_a_bare_number_is_no_part_of_it(tmp_path):
    check = one_table(tmp_path, "cargo", CARGO, "Busiest cargo airports of Northshire")
    assert check("Westport Airport handled 813,209 tonnes").verdict == "supported"
    assert check("Westport Airport handled 913,209 tonnes").verdict == "disputed"
    # Before a change it may stand for a sign the page drew: such a cell is not read.
    assert check("Eastport Airport's cargo grew 3.9%").verdict == "unverifiable"


def test_cargo_airports_by_their_names_units_and_the_titles_measure(tmp_path):
    check = one_table(tmp_path, "cargo", CARGO, "Busiest cargo airports of Northshire")
    # "Southport" names the airport and its city, one row: no narrowing to the city's rows.
    assert check("Southport was the third-busiest cargo airport").verdict == "supported"
    assert check("Southport was the second-busiest cargo airport").verdict == "disputed"
    # "more than 2 million tonnes": the column of tonnes, named by the figure's unit.
    assert check("Three airports handled more than 2 million tonnes").verdict == "supported"
    assert check("Four airports handled more than 2 million tonnes").verdict == "disputed"
    # "more cargo": the title's measure, the table's one column of a measure.
    assert check("Eastport handled more cargo than Northport").verdict == "disputed"
    assert check("Northport handled more cargo than Eastport").verdict == "supported"


# Made-up earthquakes: dates with their years, places, magnitudes.
QUAKES = (
    "date,origin_time,local_magnitude,location\n8 february 1920,05:24,6.2,north cape\n2 may 1949,10:00,5.1,eastbrook\n"
    "29 april 1955,09:14,4.7,eastbrook\n29 april 1955,19:49,4.4,eastbrook\n30 august 1955,13:52,5.8,westfield\n"
    "27 november 1954,08:36,3.9,south hill\n"
)


def test_earthquakes_by_their_dates_places_and_magnitudes(tmp_path):
    check = one_table(tmp_path, "quakes", QUAKES, "Northshire earthquakes, 1920-1955")
    # "the strongest", "the weakest": the magnitude (tables.toml superlative_measures).
    assert check("The strongest earthquake had a magnitude of 6.2").verdict == "supported"
    assert check("The weakest earthquake on the list measured 4.1").verdict == "disputed"
    # A year said of a table of dates: the rows of that year.
    assert check("The strongest earthquake struck in 1920").verdict == "supported"
    assert check("The strongest earthquake struck in 1955").verdict == "disputed"
    assert check("Three earthquakes struck in 1955").verdict == "supported"
    # Where and when an event came, and its size (tables.toml verbs).
    assert check("Three earthquakes were centred at Eastbrook").verdict == "supported"
    assert check("Two earthquakes struck Eastbrook on 29 April 1955").verdict == "supported"
    assert check("The earthquake at Eastbrook on 2 May 1949 measured 5.1").verdict == "supported"


def test_a_value_is_not_named_by_part_of_a_hyphenated_word(tmp_path):
    # Made-up albums: "a best" is a title; "best-selling" does not name it.
    check = one_table(
        tmp_path,
        "albums",
        "rank,year,title,artist,sales\n1,1999,first love,ann lee,7650215\n6,2001,a best,bo ray,4301353\n",
        "Best-selling albums of Northshire",
    )
    found = check("The best-selling album came out in 1999")
    assert found.verdict != "disputed" and "a best" not in found.explanation, found.explanation
    assert check("A Best by Bo Ray sold 4,301,353 copies").verdict == "supported"


def test_the_top_n_are_the_rows_ranked_n_or_better(tmp_path):
    check = one_table(
        tmp_path,
        "albums",
        "rank,year,title,artist,sales\n1,1999,first love,ann lee,7650215\n2,1998,blue,bo ray,5135922\n"
        "3,1997,review,ann lee,4875980\n4,2001,distance,ann lee,4469135\n",
        "Best-selling albums of Northshire",
    )
    found = check("Ann Lee has two albums in the top three")
    assert found.verdict == "supported" and "rank <= 3" in found.explanation, found.explanation
    assert check("Ann Lee has three albums in the top three").verdict == "disputed"
    assert check("Ann Lee has one album in the top two").verdict == "supported"


def test_the_last_game_of_a_months_table_and_its_overtimes(tmp_path):
    games = MONTH.replace("5 - 5,11 - 8 - 2", "5 - 5 ot,11 - 8 - 2")
    check = one_table(tmp_path, "games", games, "Northport Rovers season: games of March")
    # "after their last game of the month", "at the end of March": the last row.
    assert check("Northport had 26 points at the end of March").verdict == "supported"
    found = check("Northport had 24 points after their last game of the month")
    assert found.verdict == "disputed" and "row 5" in found.explanation, found.explanation
    # A month the title does not name is no end of its table.
    assert check("Northport had 26 points at the end of April").verdict == "unverifiable"
    # A mark after a score ("5 - 5 ot") says what it stands for (tables.toml cell_words).
    assert check("Northport's game against Southport went to overtime").verdict == "supported"
    assert check("Two of the Rovers' March games went to overtime").verdict == "disputed"


def test_a_gap_to_the_leader_where_fewer_shots_are_better(tmp_path):
    check = one_table(tmp_path, "leaders", LEADERS, "Northshire Open: first round leaderboard")
    # The leader has the fewest shots: "one shot behind the leader" is one more than the least.
    assert check("Bo Ray was one shot behind the leader").verdict == "supported"
    assert check("Cy Orr was one shot behind the leader").verdict == "disputed"
    # "led by one shot": first, alone, and the next row that far behind.
    assert check("Ann Lee led by one shot").verdict == "supported"
    assert check("Ann Lee led by two shots").verdict == "disputed"
    assert check("Bo Ray led by one shot").verdict == "disputed"


# Made-up districts: a party a column, and results that describe what happened in words.
RESULTS = (
    "district,incumbent,party,first_elected,results,candidates\n"
    "northshire 1,ann lee,republican,1994,re - elected,ann lee (r) 64% bo ray (d) 36%\n"
    "northshire 2,cy orr,republican,1992,re - elected,cy orr (r) unopposed\n"
    "northshire 3,di fox,democratic,1980,retired to run for us senate democratic hold,ed gil (d) 66% fay hu (r) 24%\n"
    "northshire 4,gus moe,republican,1978,retired republican hold,hal ivy (r) 56% ian jo (d) 43%\n"
    "northshire 5,kim lo,democratic,1992,re - elected,kim lo (d) unopposed\n"
)


def test_a_word_names_no_phrase_where_it_is_a_whole_value_or_a_verb(tmp_path):
    check = one_table(tmp_path, "house", RESULTS, "Northshire House elections, 1998")
    # "Republicans" is the party, three rows; not the one "retired republican hold" row.
    assert check("Three of the incumbents were Republicans").verdict == "supported"
    assert check("Two of the incumbents were Republicans").verdict == "disputed"
    # "ran" is a verb, no word of "retired to run for us senate democratic hold".
    assert check("Two incumbents ran unopposed").verdict != "disputed"
    assert check("Two incumbents were unopposed").verdict == "supported"


def test_those_taking_part_are_the_rows_counted(tmp_path):
    # Made-up national final: "acts" are those taking part, the rows; "reached", "qualified for"
    # are verbs of the final (tables.toml verbs).
    check = one_table(
        tmp_path,
        "final",
        "draw,artist,song,total_votes,result\n1,ann lee,uh la la,9,out\n2,bo ray,el patito,20,final\n"
        "3,cy orr,amante,24,final\n4,di fox,retrato,6,out\n",
        "Northshire national final: results",
    )
    assert check("Two acts reached the final").verdict == "supported"
    assert check("Three acts qualified for the final").verdict == "disputed"
    assert check("Di Fox advanced to the final").verdict == "disputed"


# Made-up polls: an election's result with its seats, exit polls' ranges, polls' shares.
POLLS = (
    "date,polling_institute,social_democratic,socialist,left_bloc\n"
    '"march 17 , 2002",election results,40.2% 105 seats,37.8% 96 seats,2.7% 3 seats\n'
    '"march 17 , 2002",exit poll north,37.0% - 42.0%,36.0% - 41.0%,3.0% - 4.0%\n'
    '"march 15 , 2002",marktest,44.0%,35.0%,4.0%\n"march 14 , 2002",aximage,44.0%,40.0%,2.0%\n'
    '"march 13 , 2002",eurosondagem,41.0%,38.0%,3.0%\n"march 12 , 2002",intercampus,42.0%,37.0%,3.5%\n'
)


def test_polls_with_ranges_and_results_beside_their_seats(tmp_path):
    check = one_table(tmp_path, "polls", POLLS, "Northshire election, 2002: opinion polls")
    # A range ("37.0% - 42.0%") is no one number, and leaves the column one of shares.
    found = check("Marktest gave the Social Democrats 44.0%")
    assert found.verdict == "supported", found.explanation
    assert check("Aximage gave the Left Bloc 4.0%").verdict == "disputed"
    # A share beside what it won ("40.2% 105 seats") is the share.
    assert check("In the election results, the Socialists had 37.8%").verdict == "supported"
    # Within a range, a figure is neither borne out nor ruled out.
    assert check("Exit poll north gave the Socialists 38.0%").verdict == "unverifiable"


def test_a_lead_in_a_poll_is_the_gap_between_its_shares(tmp_path):
    check = one_table(tmp_path, "polls", POLLS, "Northshire election, 2002: opinion polls")
    # Marktest: 44.0% against 35.0% and 4.0%.
    assert check("Marktest put the Social Democrats' lead at 9 points").verdict == "supported"
    assert check("Marktest gave the Social Democrats a lead of 10 points").verdict == "disputed"
    assert check("The Social Democrats led the Socialists by 9 points in the Marktest poll").verdict == "supported"
    assert check("The Socialists led the Social Democrats by 9 points in the Marktest poll").verdict == "disputed"
    # Where some shares are blocs of the others (more than the whole between them), a lead over
    # every other share is not read.
    blocs = "polling_institute,social_democratic,socialist,left_bloc,government\nmarktest,44.0%,35.0%,4.0%,79.0%\n"
    blocs += "aximage,44.0%,40.0%,2.0%,84.0%\n"
    other = one_table(tmp_path / "b", "polls", blocs, "Northshire election, 2002: opinion polls")
    assert other("Marktest put the Social Democrats' lead at 9 points").verdict == "unverifiable"


def test_people_in_a_table_of_population_and_no_rank_as_a_measure(tmp_path):
    # Made-up countries, by population: "people" is the population, the title's measure.
    countries = "rank,country,projection_2013,pct_of_pop\n1,northland,84605000,22.81\n2,eastland,38295000,10.32\n"
    countries += "3,southland,25000000,6.81\n4,westland,22000000,5.98\n"
    check = one_table(tmp_path / "a", "c", countries, "Countries by population", '[columns]\npct_of_pop = "% of pop"\n')
    assert check("Southland had more people than Westland").verdict == "supported"
    assert check("Westland had more people than Southland").verdict == "disputed"
    assert check("Two countries had more than 35 million people").verdict == "supported"
    # A census whose columns are years, with a rank of population and a density: "more people" is
    # no lower rank and no density.
    census = "name,2011_census,density_pop_or_km_square,population_rank\nhill,519949,465.4,6\nvale,501669,520.4,8\n"
    other = one_table(
        tmp_path / "b",
        "o",
        census,
        "Census divisions of Northshire",
        '[columns]\ndensity_pop_or_km_square = "density (pop / km square)"\n',
    )
    assert other("Hill had more people than Vale in 2011").verdict == "supported"
    assert other("Hill had a larger population than Vale in 2011").verdict != "disputed"


def test_an_ordinal_before_a_columns_noun_names_the_value_ending_in_its_number(tmp_path):
    check = one_table(tmp_path, "house", RESULTS, "Northshire House elections, 1998")
    # "Northshire's 1st district": the district "northshire 1".
    assert check("Ann Lee represented Northshire's 1st district").verdict == "supported"
    assert check("Ann Lee represented Northshire's 2nd district").verdict == "disputed"
    found = check("Ann Lee, a Republican, was re-elected in Northshire's 1st district")
    assert found.verdict == "supported" and "district = northshire 1" in found.explanation, found.explanation


def test_a_shutout_and_a_tie_of_the_teams_own_games(tmp_path):
    games = MONTH.replace("westport,8 - 1", "los angeles,8 - 0")
    check = one_table(tmp_path, "games", games, "Northport Rovers season: games of March")
    # "shut out": a win in which the other side did not score (tables.toml shutout).
    assert check("Northport shut out Los Angeles 8-0").verdict == "supported"
    assert check("Northport shut out Eastport on March 15").verdict == "disputed"
    # A tie said of a game that was no tie is disputed, as a win or a loss would be.
    assert check("Northport tied Northtown on March 11").verdict == "disputed"
    # "Los Angeles" is a place, never a loss ("losing" is no synonym: its stem is "los").
    assert check("Northport played Los Angeles once").verdict == "supported"


def test_a_semi_final_is_won_by_the_result_never_the_reaction(tmp_path):
    # Made-up hurdlers in two semi-finals: Bo Ray had the quickest reaction of hers but not the result.
    check = one_table(
        tmp_path,
        "semis",
        "heat,name,reaction,result\n1,ann lee,0.172,12.43\n1,cy orr,0.180,12.70\n2,di fox,0.189,12.62\n"
        "2,bo ray,0.150,12.66\n",
        "Northshire Games, 100 metres hurdles: semi-finals",
    )
    # "semi-final" is a heat (tables.toml events).
    assert check("Ann Lee won her semi-final").verdict == "supported"
    assert check("Di Fox won her semi-final").verdict == "supported"
    assert check("Bo Ray won her semi-final").verdict == "disputed"


def test_winning_the_event_the_title_names_is_its_first_place(tmp_path):
    check = one_table(
        tmp_path,
        "final",
        "draw,artist,song,jury,televote,points,place\n1,ann lee,give me a chance,49,3821,50,3\n"
        "2,bo ray,caravaggio,49,12714,68,2\n3,cy orr,vodka,49,16979,78,1\n",
        "Northshire in the Song Contest 2008: national final",
    )
    # "the national final": the event the title names, after a word of its own.
    assert check("Cy Orr won the national final with Vodka").verdict == "supported"
    assert check("Bo Ray won the national final with Caravaggio").verdict == "disputed"
    # "won with 78 points": first place, and the points.
    assert check("Vodka won with 78 points").verdict == "supported"
    assert check("Caravaggio won with 68 points").verdict == "disputed"


def test_a_word_that_names_nothing_in_the_table_keeps_the_claim_from_being_read(ports):
    # "refrigerated" is no column, value or title word: counting all containers would not check it.
    claim = read("Two ports handled more than 4,000 refrigerated containers")
    assert check_table_program(claim, _index(ports)) is None
    assert ports("Two ports handled more than 4,000 refrigerated containers").program is None


def test_verbs_of_a_noun_are_accounted_for_with_it(tmp_path):
    check = one_table(
        tmp_path, "scorers", "scorer,club,goals\nann lee,northport,24\nbo ray,eastport,19\n", "Top scorers"
    )
    # "scored" goes with goals (tables.toml [verbs]); "missed" does not.
    assert check("Ann Lee scored more goals than Bo Ray").verdict == "supported"
    assert check("Ann Lee missed more goals than Bo Ray").program is None


def test_a_tie_for_the_place_is_not_borne_out_for_one_row(tmp_path):
    check = one_table(tmp_path, "ports", "port,containers\nnorthport,5200\neastport,5200\nsouthport,100\n", "Ports")
    found = check("Northport handled the most containers")
    assert found.verdict == "unverifiable" and found.program is not None


def test_a_count_of_rows_by_a_named_value(tmp_path):
    check = one_table(
        tmp_path,
        "races",
        "race,winner,team\nnorth cup,ann lee,red\neast cup,bo ray,blue\nsouth cup,ann lee,red\nwest cup,cy dee,red\n",
        "Race results: races and winners",
    )
    assert check("Ann Lee won two races").verdict == "supported"
    assert check("Ann Lee won three races").verdict == "disputed"
    found = check("Ann Lee won two of the four races")
    assert found.verdict == "supported", found.explanation
    assert check("Ann Lee won two of the five races").verdict == "disputed"
    assert check("Team Red won three races").verdict == "supported"


def test_a_place_is_read_from_the_rank_column(tmp_path):
    check = one_table(
        tmp_path, "medals", "rank,nation,gold\n1,northland,10\n2,eastland,8\n3,southland,2\n", "Medal table"
    )
    assert check("Eastland finished second in the medal table").verdict == "supported"
    assert check("Southland finished second in the medal table").verdict == "disputed"
    assert check("Northland ranked ahead of Southland").verdict == "supported"
    assert check("Northland ranked behind Southland").verdict == "disputed"


def test_a_ranking_column_is_the_table_own_order_even_when_rows_are_missing(tmp_path):
    # Only some of the towns ranked are listed: by the rows, Hill is 2nd; by the table's rank, 3rd.
    check = one_table(
        tmp_path,
        "towns",
        "town,population,population_rank\nport,900,1\nhill,500,3\nvale,100,9\n",
        "Towns by population",
    )
    assert check("Hill was the second most populous town").verdict == "disputed"
    assert check("Hill was the third most populous town").verdict == "supported"


def test_a_superlative_of_its_own_is_over_the_row_years(tmp_path):
    check = one_table(
        tmp_path,
        "counties",
        "county,1992,2002,2011\nnorthshire,700,760,740\nsouthshire,900,800,700\n",
        "Counties by population, census years",
    )
    assert check("Northshire's population was at its highest in 2002").verdict == "supported"
    assert check("Northshire's population was at its highest in 2011").verdict == "disputed"


def test_a_year_column_and_a_decade(tmp_path):
    check = one_table(
        tmp_path,
        "seasons",
        "year,storms,deaths\n1869,20,5\n1870,11,2052\n1871,8,30\n1873,5,426\n",
        "Storm seasons",
    )
    found = check("The deadliest season of the 1870s was 1870")
    assert found.verdict == "supported", found.explanation
    assert "year >= 1870" in found.program.select and "year <= 1879" in found.program.select
    assert check("There were more storms in 1871 than in 1873").verdict == "supported"
    assert check("Two seasons had more than ten storms").verdict == "supported"  # 1869 and 1870


def test_a_numbered_row_is_named_by_its_number(tmp_path):
    check = one_table(
        tmp_path, "games", "week,opponent,attendance\n1,red town,500\n2,blue city,900\n3,red town,700\n", "Games"
    )
    assert check("Attendance at the week 2 game was the highest").verdict == "supported"
    assert check("Attendance at the week 3 game was the highest").verdict == "disputed"


def test_a_value_holding_a_number_is_named_only_with_its_number(tmp_path):
    from factcheck import load_corpus
    from factcheck.checks.table import _value_pairs, claim_words

    one_table(tmp_path, "laps", "driver,time\nann lee,+ 8 laps\nbo ray,+ 1 lap\n", "Race")
    (source,) = load_corpus(tmp_path).sources
    wanted = claim_words(read("Bo Ray finished 1 lap down"))
    assert ("time", "+ 8 laps") not in _value_pairs(source, ["time"], wanted)
    assert ("time", "+ 1 lap") in _value_pairs(source, ["time"], wanted)


def test_age_groups_are_told_apart_by_their_numbers(tmp_path):
    check = one_table(
        tmp_path,
        "deaths",
        "age_group,deaths\n15-24 years,120\n25-34 years,480\n35-44 years,390\n",
        "Deaths by age group",
    )
    assert check("There were 480 deaths among people aged 25-34 years").verdict == "supported"
    found = check("There were 480 deaths among people aged 35-44 years")
    assert found.verdict == "disputed" and "390" in found.explanation, found.explanation


def test_the_json_finding_carries_the_program(tmp_path):
    from factcheck.output.report import finding_dict as _finding

    check = one_table(tmp_path, "ports", PORTS, "Container ports: containers handled")
    data = json.loads(json.dumps(_finding(check("Two ports handled more than 4,000 containers"))))
    assert data["program"]["operation"] == "count" and data["program"]["found"] == "2"
    assert data["program"]["select"] == ["containers > 4,000"]
    assert data["program"]["rows"] == ["row 1", "row 2"]
    assert data["program"]["words"] == "count over rows where containers > 4,000"
    assert _finding(check("Northport is a port"))["program"] is None


def _index(check):
    """The index a table check closes over (its corpus, indexed)."""
    from factcheck.corpus.index import Index

    corpus = check.__closure__[0].cell_contents
    return Index(corpus)


def test_a_large_table_is_data_not_prose_unless_its_sidecar_says(tmp_path):
    from factcheck import load_corpus
    from factcheck.corpus.formats import READ_ROWS_UP_TO
    from factcheck.corpus.index import Index
    from factcheck.errors import FactcheckError

    rows = "".join(f"town {i},{i}\n" for i in range(READ_ROWS_UP_TO + 1))
    one_table(tmp_path, "towns", "town,people\n" + rows, "Towns")
    index = Index(load_corpus(tmp_path))
    assert not list(index.entries(tables=True))  # its rows are checked through their cells
    assert index_check(tmp_path, "Town 7 had 7 people").verdict == "supported"
    one_table(tmp_path, "towns", "town,people\n" + rows, "Towns", "read_rows = true\n")
    assert len(list(Index(load_corpus(tmp_path)).entries(tables=True))) == READ_ROWS_UP_TO + 1
    one_table(tmp_path, "towns", "town,people\ntown 1,1\n", "Towns", "read_rows = false\n")
    assert not list(Index(load_corpus(tmp_path)).entries(tables=True))
    with pytest.raises(FactcheckError, match="read_rows must be true or false"):
        one_table(tmp_path, "towns", "town,people\ntown 1,1\n", "Towns", 'read_rows = "no"\n')


def test_a_table_may_be_larger_than_a_document(tmp_path):
    from factcheck import load_corpus
    from factcheck.files import MAX_FILE_BYTES

    wide = "x" * 480
    rows = "".join(f"town {i},{i},{wide}\n" for i in range(MAX_FILE_BYTES // 490 + 10))
    one_table(tmp_path, "towns", "town,people,note\n" + rows, "Towns")
    assert (tmp_path / "towns.csv").stat().st_size > MAX_FILE_BYTES
    (source,) = load_corpus(tmp_path).sources
    assert len(source.passages) > 20_000


def index_check(folder, text):
    """A claim checked against the sources of a folder."""
    from factcheck import Claim, load_corpus, verify_claim

    return verify_claim(Claim("c", text), load_corpus(folder))


def test_a_gap_between_two_rows_or_two_years_of_a_row(tmp_path):
    check = one_table(
        tmp_path,
        "seats",
        "party,seats_won,2019_seats\nred party,10,13\nblue party,25,20\n",
        "Election results by party",
    )
    found = check("The Red Party won three fewer seats than in 2019")
    assert found.verdict == "supported" and found.program.operation == "difference", found.explanation
    assert check("The Red Party won two fewer seats than in 2019").verdict == "disputed"
    assert check("The Red Party won three more seats than in 2019").verdict == "disputed"
    assert check("The Blue Party won 15 more seats than the Red Party").verdict == "supported"
    assert check("The Blue Party won 12 more seats than the Red Party").verdict == "disputed"


def test_a_gap_to_the_leading_row(tmp_path):
    check = one_table(
        tmp_path, "race", "driver,laps\nann lee,80\nbo ray,79\ncy dee,77\n", "Race classification: drivers and laps"
    )
    found = check("Bo Ray finished one lap down")
    assert found.verdict == "supported" and "80" in found.explanation, found.explanation
    assert check("Cy Dee finished two laps down").verdict == "disputed"  # three


def test_numbers_alone_name_no_row(tmp_path):
    check = one_table(
        tmp_path, "games", "week,record,attendance\n1,1 - 0,500\n2,1 - 1,900\n4,2 - 2,700\n", "Season games"
    )
    # "week 4" names the row numbered 4; the record "2 - 2" of another row is not named by "2".
    assert check("Attendance at the week 4 game was 700").verdict == "supported"
    assert check("Attendance at the week 2 game was 700").verdict == "disputed"


def test_a_year_is_when_not_what_a_superlative_is_said_of(tmp_path):
    # More years than drugs: the year must still not be taken for what is "the most".
    check = one_table(
        tmp_path,
        "deaths",
        "year,drug,deaths\n2019,alpha,10\n2019,beta,5\n2020,alpha,8\n2020,beta,3\n2021,alpha,12\n2021,beta,20\n",
        "Deaths by drug",
    )
    found = check("Alpha caused the most deaths in 2020")
    assert found.verdict == "supported" and found.program.select == ("year = 2020",), found.explanation
    assert check("Beta caused the most deaths in 2020").verdict == "disputed"
    assert check("The most deaths were in 2021, 20").verdict in ("supported", "unverifiable")


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("In 2022, 107,941 drug overdose deaths occurred", "supported"),
        ("In 2021, 106,699 drug overdose deaths occurred", "supported"),
        ("In 2022, 109,680 drug overdose deaths occurred", "disputed"),
        ("The drug overdose death rate was 32.6 per 100,000 in 2022", "supported"),
        ("The drug overdose death rate was 8.2 per 100,000 in 2002", "supported"),
        ("The drug overdose death rate rose from 21.6 in 2019 to 28.3 in 2020", "supported"),
        ("The death rate for synthetic opioids rose from 21.8 in 2021 to 22.7 in 2022", "supported"),
        ("Drug overdose deaths rose between 2021 and 2022", "supported"),
        ("Drug overdose deaths fell between 2021 and 2022", "disputed"),
    ],
)
def test_the_bundled_cdc_table_reaches_2022(seed_corpus, text, verdict):
    from factcheck import Claim, verify_claim

    finding = verify_claim(Claim("c", text), seed_corpus)
    assert finding.verdict == verdict, finding.explanation


def test_letters_tables_shorten_values_to_are_named_by_their_words(tmp_path):
    check = one_table(
        tmp_path,
        "games",
        "date,opponents,h_a,attendance\n1 may,northtown,h,46000\n8 may,southvale,a,12000\n9 june,northtown,a,37000\n",
        "Season: league games",
    )
    # "away" is the row whose h_a is "a"; the home game's figure is not borne out for it.
    found = check("Attendance at the away game against Northtown was 46,000")
    assert found.verdict == "disputed" and "37,000" in found.explanation, found.explanation
    assert check("Attendance at the away game against Northtown was 37,000").verdict == "supported"
    assert check("Attendance at the home game against Northtown was 46,000").verdict == "supported"
    assert check("Two games against Northtown were played").verdict == "supported"
    assert check("One away game was played").verdict == "disputed"  # two


def test_a_word_the_table_has_elsewhere_keeps_a_row_from_deciding(tmp_path):
    check = one_table(
        tmp_path,
        "ports",
        "port,region,containers\nnorthport,north,5200\neastport,east,4100\n",
        "Container ports",
    )
    # "east" is another row's region: Northport's row does not account for it.
    assert check("Northport in the east handled 5,200 containers").verdict == "unverifiable"
    assert check("Northport in the north handled 5,200 containers").verdict == "supported"


def test_a_date_that_is_a_row_value_is_looked_up_in_the_row(tmp_path):
    check = one_table(
        tmp_path,
        "tour",
        'date,city,attendance\n"may 5 , 2007",northtown,1000\n"may 9 , 2007",southvale,2000\n',
        "Tour: shows",
    )
    found = check("The show in Northtown was on May 5, 2007")
    assert found.verdict == "supported" and found.checked[0].part == "row", found.explanation
    assert check("The show in Northtown was on May 9, 2007").verdict == "disputed"


def test_places_written_as_words_or_as_ordinals_are_the_same(tmp_path):
    check = one_table(
        tmp_path,
        "clubs",
        "club,position_in_2012,titles\nflora,3rd,9\nkalev,5th,0\ntammeka,10th,0\n",
        "League clubs",
    )
    # "in 2012" names the column position_in_2012, not a row; "fifth" is "5th".
    assert check("Kalev finished fifth in 2012").verdict == "supported"
    found = check("Tammeka finished fifth in 2012")
    assert found.verdict == "disputed" and "10th" in found.explanation, found.explanation


RACES = (
    "round,circuit,winner,winning_team\n"
    "1,northring,ann lee,team 1\n"
    "1,northring,ann lee,team 1\n"
    "2,southring,bo ray,team 2\n"
    "3,eastring,cy dee,team 1\n"
    "3,eastring,bo ray,team 2\n"
    "4,westring,bo ray,team 2\n"
)


def test_two_values_compared_by_their_rows(tmp_path):
    check = one_table(tmp_path, "races", RACES, "Season results: races")
    found = check("Bo Ray won more races than Ann Lee")
    assert found.verdict == "supported" and found.program.found == "3 rows for bo ray and 2 for ann lee"
    assert check("Ann Lee won more races than Bo Ray").verdict == "disputed"
    assert check("Cy Dee won fewer races than Ann Lee").verdict == "supported"


def test_the_number_of_a_name_is_no_figure(tmp_path):
    check = one_table(tmp_path, "races", RACES, "Season results: races")
    # "Team 1 won three races": the 1 is the team's name, three the count.
    found = check("Team 1 won three races")
    assert found.verdict == "supported" and found.program.operation == "count", found.explanation
    assert check("Team 1 won four races").verdict == "disputed"


def test_both_and_every_over_named_values(tmp_path):
    check = one_table(tmp_path, "races", RACES, "Season results: races")
    assert check("Ann Lee won both races at the Northring").verdict == "supported"
    assert check("Bo Ray won both races at the Eastring").verdict == "disputed"
    # Which value is the set and which is said of it: every reading must agree, or nothing is said.
    assert check("Bo Ray won every race at the Westring").verdict in ("supported", "unverifiable")


def test_a_year_before_or_after_another(tmp_path):
    check = one_table(
        tmp_path, "clubs", "club,sport,established\nnorth fc,soccer,2007\neast storm,basketball,2000\n", "Clubs"
    )
    found = check("North FC was established before East Storm")
    assert found.verdict == "disputed" and "2007 for north fc" in found.explanation, found.explanation
    assert check("North FC was established after East Storm").verdict == "supported"


def test_a_year_names_the_row_of_a_table_with_one_row_a_year(tmp_path):
    check = one_table(tmp_path, "seasons", "year,storms,strongest\n1870,11,four\n1871,8,three\n", "Storm seasons")
    assert check("There were 11 storms in 1870").verdict == "supported"
    assert check("There were 11 storms in 1871").verdict == "disputed"


def test_total_names_the_total_column(tmp_path):
    check = one_table(
        tmp_path, "crowds", "team,highest,lowest,total\nnorth fc,900,100,5000\neast fc,800,200,4000\n", "Attendances"
    )
    assert check("North FC's total attendance was 5,000").verdict == "supported"
    assert check("North FC's total attendance was 4,000").verdict == "disputed"
    assert check("East FC had 4,000 spectators in all").verdict in ("supported", "unverifiable")


def test_scores_are_compared_as_pairs_with_their_outcome(tmp_path):
    check = one_table(
        tmp_path,
        "schedule",
        "week,opponent,result,record\n1,red town,w 30 - 14,1 - 0\n2,blue city,l 10 - 28,1 - 1\n",
        "2002 Northport season: games",
    )
    assert check("Northport beat Red Town 30-14 in week 1").verdict == "supported"
    assert check("Northport lost 10-28 to Blue City").verdict == "supported"
    found = check("Northport beat Blue City 28-10")
    assert found.verdict == "disputed" and "l 10 - 28" in found.explanation, found.explanation
    assert check("Northport beat Red Town 31-14").verdict == "disputed"


def test_a_final_lost_is_a_runner_up_cell(tmp_path):
    check = one_table(
        tmp_path,
        "finals",
        'outcome,year,championship,opponent,score\nwinner,1978,stockholm,tim gull,"6 - 2 , 6 - 4"\n'
        'runner - up,1980,philadelphia,jim conn,"3 - 6 , 6 - 7"\n',
        "Career finals",
    )
    assert check("She beat Tim Gull in the 1978 Stockholm final").verdict == "supported"
    assert check("She lost the 1980 Philadelphia final to Jim Conn").verdict == "supported"
    assert check("She beat Jim Conn in the 1980 Philadelphia final").verdict == "disputed"
    assert check("She beat Tim Gull 6-2, 6-4 in Stockholm in 1978").verdict == "supported"


def test_a_figures_own_noun_names_its_column_over_the_verbs(tmp_path):
    check = one_table(
        tmp_path, "standings", "pos,driver,wins,points\n1,ann lee,5,222\n2,bo ray,5,196\n", "Drivers' standings"
    )
    # "won" fits the wins column, but "222 points" is the points column's.
    assert check("Ann Lee won the championship with 222 points").verdict == "supported"
    assert check("Ann Lee won the championship with 196 points").verdict == "disputed"


def test_a_year_picks_the_one_column_of_that_year(tmp_path):
    check = one_table(
        tmp_path, "towns", "name,2011_census,2006_census\nport,2615,2503\nhill,1296,1159\n", "Towns, 2006 and 2011"
    )
    assert check("Port had 2,615 people in 2011").verdict == "supported"
    assert check("Port had 2,503 people in 2011").verdict == "disputed"


def test_a_change_is_compared_with_a_column_of_changes(tmp_path):
    check = one_table(
        tmp_path,
        "airports",
        "airport,total_passengers,percent_change\nnorthport,34205887,2.9\neastport,9627589,- 1.0\n",
        "Airports by passengers, 2008",
    )
    assert check("Passenger numbers at Northport grew 2.9% in 2008").verdict == "supported"
    assert check("Passenger numbers at Eastport fell 1.0% in 2008").verdict == "supported"
    found = check("Passenger numbers at Eastport grew 1.0% in 2008")
    assert found.verdict == "disputed", found.explanation


def test_a_bare_score_does_not_say_who_won(tmp_path):
    check = one_table(
        tmp_path,
        "games",
        "date,opponent,score\nfebruary 23,pittsburgh,4 - 3\nfebruary 25,toronto,0 - 5\n",
        "Northport season: February games",
    )
    # "4 - 3" gives no outcome: "won" and "lost" alike stay unchecked.
    assert check("Northport won 4-3 against Pittsburgh on February 23").verdict == "unverifiable"
    assert check("Northport lost 4-3 against Pittsburgh on February 23").verdict == "unverifiable"
    assert check("Northport played Pittsburgh on February 23").verdict == "supported"


def test_a_number_of_a_value_must_stand_beside_its_words(tmp_path):
    check = one_table(
        tmp_path,
        "seasons",
        "season,airdate,winner\nseason 7,4 january 2007,paul\nseason 10,7 january 2010,frits\n",
        "Quiz show: seasons",
    )
    # The 7 of "7 January" is no "season 7".
    assert check("Season 10 aired on 7 January 2010").verdict == "supported"
    assert check("Season 7 aired on 7 January 2010").verdict == "disputed"


def test_a_place_before_a_columns_name_is_its_number(tmp_path):
    check = one_table(
        tmp_path,
        "draft",
        "round,pick,player\n1,4,ann lee\n2,53,bo ray\n5,140,cy dee\n5,150,di fox\n",
        "Northport draft picks",
    )
    assert check("Northport made two picks in the fifth round").verdict == "supported"
    assert check("Northport made three picks in the fifth round").verdict == "disputed"


def test_a_superlative_that_names_a_column_is_a_lookup(tmp_path):
    check = one_table(
        tmp_path,
        "results",
        "grand_prix,fastest_lap,winning_driver\ncanadian grand prix,mika hakkinen,ann lee\n"
        "german grand prix,rubens barrichello,bo ray\n",
        "Season results by race",
    )
    # "the fastest lap" is the fastest_lap column, not a claim that someone was fastest of all.
    assert check("Hakkinen set the fastest lap in the Canadian Grand Prix").verdict == "supported"
    assert check("Hakkinen set the fastest lap in the German Grand Prix").verdict == "disputed"
    assert check("Ann Lee was the fastest driver in the Canadian Grand Prix").verdict == "unverifiable"


def test_the_titles_measure_is_the_total_column(tmp_path):
    check = one_table(
        tmp_path,
        "medals",
        "rank,nation,gold,silver,bronze,total\n1,northland,10,5,3,18\n2,eastland,2,8,2,12\n",
        "Games medal table",
    )
    assert check("Eastland won 12 medals").verdict == "supported"
    assert check("Eastland won 18 medals").verdict == "disputed"


def test_a_demonym_names_its_country(tmp_path):
    check = one_table(
        tmp_path,
        "wins",
        "country,mens_open,womens_open,total\nkenya,20,10,30\nunited states,44,15,59\nethiopia,3,2,5\n",
        "Marathon race wins by country",
    )
    assert check("Kenyan men have won the open race 20 times").verdict in ("supported", "unverifiable")
    found = check("Kenyan women have won more open races than Ethiopian women")
    assert found.verdict == "supported", found.explanation


def test_a_superlative_that_names_its_measure_picks_that_column(tmp_path):
    check = one_table(
        tmp_path,
        "divisions",
        "name,2011_census,2006_census,percent_change\nport,5000,4000,25.0\nhill,9000,8500,5.9\n",
        "Census divisions by population",
    )
    # "grew the fastest" is the change column, not a census column the row's name shares a word with.
    assert check("Port grew the fastest of the census divisions, by 25.0%").verdict == "supported"
    assert check("Hill grew the fastest of the census divisions").verdict == "disputed"


def test_a_word_several_values_of_one_column_hold_selects_those_rows(tmp_path):
    check = one_table(
        tmp_path,
        "tour",
        'date,city,attendance\nmay 1,"anaheim , california",1000\nmay 3,"san jacinto , california",3500\n'
        'may 9,"paradise , nevada",1500\n',
        "Tour: shows",
    )
    found = check("Two shows of the tour were in California")
    assert found.verdict == "supported" and "city holds california" in found.program.select, found.explanation
    assert check("Three shows of the tour were in California").verdict == "disputed"


def test_a_relation_is_accounted_for_only_by_an_operation_that_checks_it(tmp_path):
    check = one_table(
        tmp_path,
        "airports",
        "rank,airport,passengers\n1,london heathrow,67000\n2,london gatwick,34000\n3,manchester,21000\n"
        "4,london stansted,20000\n",
        "Busiest airports",
    )
    # Three airports are in London, but the three busiest are not: a count of the rows that hold
    # "london" would leave "busiest" unchecked and support a false claim.
    assert check("Three of the airports are in London").verdict == "supported"
    assert check("All three of the busiest airports are in London").verdict == "unverifiable"
    assert check("The three busiest airports are in London").verdict == "unverifiable"
    assert check("London Heathrow handled more passengers than London Gatwick").verdict == "supported"


def test_all_before_a_figure_is_the_figures(tmp_path):
    check = one_table(
        tmp_path,
        "race",
        "rider,laps\nann lee,19\nbo ray,19\ncy dee,4\n",
        "Race classification: riders and laps",
    )
    # "all 19 laps": the race's laps, not all the riders.
    assert check("Two riders completed all 19 laps").verdict == "supported"
    assert check("Three riders completed all 19 laps").verdict == "disputed"


def test_a_names_letters_and_digits_are_no_figure(tmp_path):
    check = one_table(
        tmp_path,
        "results",
        "year,chassis,points\n1954,maserati 250f,0\n1956,maserati 250f,6\n",
        "Driver results by year",
    )
    # The 250 of "Maserati 250F" is the chassis's name, not a figure of points.
    assert check("He drove a Maserati 250F in 1954").verdict == "supported"
    assert check("He scored 6 points in 1956").verdict == "supported"


def test_a_value_of_numbers_alone_is_named_as_written(tmp_path):
    check = one_table(
        tmp_path,
        "broadcasters",
        "year,play_by_play,studio_host\n1971 - 72,fred cusick,tom larson\n1970 - 71,don earle,tom larson\n",
        "Television broadcasters",
    )
    # "1970-71" is the season "1970 - 71", written the same; the 71 of it is no figure.
    assert check("Don Earle called the play-by-play in 1970-71").verdict == "supported"
    assert check("Don Earle called the play-by-play in 1971-72").verdict == "disputed"


def test_the_first_or_last_rows_by_the_column_that_orders_them(tmp_path):
    check = one_table(
        tmp_path,
        "results",
        "round,grand_prix,winning_driver\n1,north,ann lee\n2,south,bo ray\n3,east,bo ray\n4,west,bo ray\n",
        "Season results: races",
    )
    found = check("Bo Ray won the last three races")
    assert found.verdict == "supported" and found.program.operation == "last", found.explanation
    assert check("Bo Ray won the last four races").verdict == "disputed"
    draft = one_table(
        tmp_path / "draft",
        "draft",
        "round,pick,player\n1,9,ed lee\n1,22,gus moe\n2,40,ty ned\n",
        "Draft picks",
    )
    # One named row: it is among the rows at that end ("in the first round"), not all of them.
    assert draft("Gus Moe was taken in the first round").verdict == "supported"
    assert draft("Ty Ned was taken in the first round").verdict == "disputed"
    assert draft("Ty Ned was the last pick").verdict == "supported"


def test_a_crowd_is_an_attendance(tmp_path):
    check = one_table(tmp_path, "games", "opponent,attendance\nred town,500\nblue city,900\n", "Season games")
    assert check("The largest crowd of the season, 900, saw the game against Blue City").verdict == "supported"
    assert check("The largest crowd of the season saw the game against Red Town").verdict == "disputed"


def test_a_trend_across_the_columns_of_two_years(tmp_path):
    check = one_table(
        tmp_path, "counties", "county,2002,2011\nilfov,300123,388738\ndolj,734231,660544\n", "Counties by population"
    )
    found = check("Ilfov's population grew between 2002 and 2011")
    assert found.verdict == "supported" and found.program.operation == "trend", found.explanation
    assert check("Dolj's population grew between 2002 and 2011").verdict == "disputed"
    assert check("Dolj's population fell 10.0% between 2002 and 2011").verdict == "supported"  # -10.04%
    assert check("Dolj's population fell 20% between 2002 and 2011").verdict == "disputed"


def test_a_row_with_a_number_among_its_values(tmp_path):
    check = one_table(
        tmp_path,
        "draft",
        "round,pick,player,college\n1,4,ann lee,kentucky\n2,53,bo ray,michigan\n",
        "Northport draft picks",
    )
    assert check("Northport drafted Ann Lee with the fourth pick").verdict == "supported"
    found = check("Northport drafted Bo Ray in the third round")
    assert found.verdict == "disputed" and "round 2" in found.explanation, found.explanation
    assert check("Bo Ray, from Michigan, was drafted in the second round").verdict == "supported"


def test_a_count_of_rows_holding_a_value_of_a_column(tmp_path):
    check = one_table(
        tmp_path,
        "medals",
        "rank,nation,gold,silver,bronze,total\n1,cuba,27,16,8,51\n2,jamaica,1,3,3,7\n3,guyana,1,0,0,1\n"
        "4,haiti,0,0,1,1\n",
        "Games medal table",
    )
    # "one gold medal" is the gold column's value; "three nations" counts the rows.
    assert check("Two nations won exactly one gold medal").verdict == "supported"
    assert check("Three nations won exactly one gold medal").verdict == "disputed"


def test_a_starting_grid_is_a_place_column(tmp_path):
    check = one_table(
        tmp_path, "race", "rider,laps,grid\nann lee,19,7\nbo ray,19,3\ncy dee,18,4\n", "Race classification"
    )
    assert check("Ann Lee started seventh on the grid").verdict == "supported"
    assert check("Bo Ray started seventh on the grid").verdict == "disputed"
    assert check("Bo Ray started ahead of Cy Dee on the grid").verdict == "supported"


def test_a_named_row_holds_some_of_a_count(tmp_path):
    check = one_table(tmp_path, "medals", "rank,nation,gold,silver\n1,cuba,27,16\n2,haiti,0,1\n", "Games medal table")
    assert check("Cuba won a gold medal").verdict == "supported"
    assert check("Haiti won a gold medal").verdict == "disputed"


def test_a_comparison_is_judged_whole_before_it_is_cut_at_than(tmp_path):
    check = one_table(
        tmp_path, "gdp", "country,gdp_per_capita\nsingapore,49754\nbrunei,50790\n", "Countries by GDP per capita"
    )
    # Cut at "higher", the first half would say only that Singapore has a GDP per capita.
    found = check("Singapore's GDP per capita was higher than Brunei's")
    assert found.verdict == "disputed" and "50,790" in found.explanation, found.explanation


def test_a_name_spelled_nearly_is_read_as_the_tables_and_flagged(tmp_path):
    check = one_table(
        tmp_path,
        "results",
        "round,grand_prix,winning_driver\n1,north,michael schumacher\n2,south,mika hakkinen\n3,east,michael schumacher\n",
        "Season results: races",
    )
    found = check("Michael Schumaker won two races")
    assert found.verdict == "supported" and "spelling" in found.flags, found.explanation
    assert "Schumaker as schumacher" in found.explanation
    # A name the table does not nearly spell stays unread.
    assert check("Michael Smith won two races").verdict == "unverifiable"


def test_a_name_of_several_words_spelled_nearly_is_read_whole(tmp_path):
    # Made-up results of one constituency: a party the table spells "janta", one of whose words is
    # another party's ("janata front"), in the column of winners and in the runners-up's.
    check = one_table(
        tmp_path,
        "northshire",
        "year,member,party_won,trailing_party\n1977,ann lee,janata front,people's party\n"
        "1980,bo ray,people's party,janata front\n1984,cy orr,bharatiya janta party,people's party\n"
        "1989,cy orr,bharatiya janta party,people's party\n1991,di fox,people's party,bharatiya janta party\n",
        "Northshire constituency: election results",
    )
    found = check("The Bharatiya Janata Party won the seat twice")
    assert found.verdict == "supported", found.explanation
    assert "Bharatiya Janata Party as bharatiya janta party" in found.explanation and "spelling" in found.flags
    assert check("The Bharatiya Janata Party won the seat three times").verdict == "disputed"
    # A name two of whose words the table spells otherwise is no near spelling of it.
    assert check("The Bharatiya Jantar Partei won the seat twice").verdict == "unverifiable"


def test_a_value_in_two_columns_is_the_one_whose_words_are_all_said(tmp_path):
    check = one_table(
        tmp_path,
        "northshire",
        "year,member,party_won,trailing_party\n1977,ann lee,green party,people's party\n"
        "1980,bo ray,people's party,green party\n1984,cy orr,people's party,green party\n",
        "Northshire: election results",
    )
    # "won" and "party" are all of "party won"'s words; "trailing party" has one of them.
    found = check("The Green Party won one election")
    assert found.verdict == "supported" and "party_won = green party" in found.explanation, found.explanation
    assert check("The Green Party won two elections").verdict == "disputed"


def test_the_seat_is_the_constituency_a_table_is_of(tmp_path):
    csv = "year,member,party_won\n1977,ann lee,green party\n1980,bo ray,labour party\n1984,cy orr,green party\n"
    check = one_table(tmp_path / "one", "northshire", csv, "Northshire constituency: election results")
    assert check("The Green Party won the seat twice").verdict == "supported"
    assert check("The Green Party won the seat three times").verdict == "disputed"
    # A count of times in one word; not a sentence's first word ("Once elected, ...").
    assert check("The Labour Party won the seat once").verdict == "supported"
    assert check("The Labour Party won the seat twice").verdict == "disputed"
    assert check("Once, the Labour Party won the seat").program is None
    # Where the title names no constituency, "the seat" is a word no part of the table says.
    other = one_table(tmp_path / "two", "northshire", csv, "Northshire: election results")
    assert other("The Green Party won the seat twice").verdict == "unverifiable"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("There were 120 deaths in 2020", "supported"),
        ("There were 130 deaths in 2020", "disputed"),
        ("Arrests fell between 2020 and 2021", "supported"),
        ("Arrests rose between 2020 and 2021", "disputed"),
        ("Deaths were at their highest in 2021", "supported"),
        ("There were more deaths than arrests in 2019", "supported"),
        ("There were more arrests than deaths in 2019", "disputed"),
    ],
)
def test_a_transposed_table_measures_as_rows_and_years_as_columns(tmp_path, text, verdict):
    check = one_table(
        tmp_path, "stats", "measure,2019,2020,2021\ndeaths,100,120,130\narrests,50,60,45\n", "Regional statistics"
    )
    found = check(text)
    assert found.verdict == verdict, found.explanation


def test_a_sidecar_names_the_time_axis(tmp_path):
    table = "season,team,points\n1970 - 71,northport,52\n1971 - 72,northport,61\n1970 - 71,eastport,40\n"
    check = one_table(tmp_path, "league", table, "League table by season", 'time_axis = "season"\n')
    assert check("Northport scored 52 points in 1970").verdict == "supported"
    assert check("Northport scored 61 points in 1970").verdict == "disputed"
    assert check("Northport's points rose between 1970 and 1971").verdict == "supported"
    assert check("Northport scored more points than Eastport in 1970").verdict == "supported"


def test_a_time_axis_must_be_a_column(tmp_path):
    from factcheck.errors import FactcheckError

    with pytest.raises(FactcheckError, match="time_axis must name one of the columns"):
        one_table(tmp_path, "league", "season,points\n1970 - 71,52\n", "League", 'time_axis = "year"\n')


# Made-up storm seasons: no public figures.
SEASONS = (
    "year,number_of_storms,number_of_hurricanes,number_of_major_hurricanes,deaths\n"
    "1901,9,6,2,120\n1902,5,4,0,unknown\n1903,7,3,1,45\n"
)


@pytest.mark.parametrize(
    ("text", "verdict", "found"),
    [
        (
            "The 1901 season had nine storms and six hurricanes",
            "supported",
            "number_of_storms 9, number_of_hurricanes 6",
        ),
        (
            "The 1901 season had nine storms and four hurricanes",
            "disputed",
            "number_of_storms 9, number_of_hurricanes 6",
        ),
        ("The 1903 season killed 45 people", "supported", "deaths 45"),
        ("The 1903 season killed 54 people", "disputed", "deaths 45"),
        ("The 1903 season had one major hurricane", "supported", "number_of_major_hurricanes 1"),
    ],
)
def test_figures_of_a_named_row_are_read_from_the_columns_their_words_name(tmp_path, text, verdict, found):
    check = one_table(tmp_path, "seasons", SEASONS, "Storm seasons")
    finding = check(text)
    assert finding.verdict == verdict, finding.explanation
    assert finding.program is not None and finding.program.operation == "lookup"
    assert finding.program.found == found
    # The evidence points at the cells, not only the row.
    assert finding.evidence[0].location.startswith("row ") and ", column" in finding.evidence[0].location


def test_an_unknown_cell_is_no_number_and_no_reason_for_a_text_column(tmp_path):
    check = one_table(tmp_path, "seasons", SEASONS, "Storm seasons")
    # "unknown" leaves deaths a column of numbers (tables.toml [missing]); that row has none.
    assert check("The 1902 season killed 30 people").verdict == "unverifiable"
    # 1902 may have been the deadliest: 1901 is the highest known, no more.
    assert check("The deadliest season was 1901").verdict == "unverifiable"
    assert check("The deadliest season was 1903").verdict == "disputed"  # 1901's 120 is known higher
    assert check("Two seasons killed more than 40 people").verdict == "unverifiable"


def test_a_row_figure_needs_one_row_and_one_column(tmp_path):
    deaths = "year,road_user,deaths\n2022,all road users,1187\n2022,cyclists,91\n"
    check = one_table(tmp_path, "crashes", deaths, "Road deaths", 'aggregates = ["all road users"]\n')
    # The year names two rows (the total among them): cyclists' row is not "the" row of 2022.
    found = check("1,187 people died on the roads in 2022")
    assert found.verdict == "supported" and (found.program is None or "cyclists" not in found.explanation)
    goals = "scorer,league_goals,cup_goals\nann lee,24,6\n"
    check = one_table(tmp_path / "g", "goals", goals, "Top scorers")
    assert check("Ann Lee scored 24 league goals").verdict == "supported"
    assert check("Ann Lee scored 6 goals").verdict == "unverifiable"  # league or cup: the words do not say


def test_a_header_writes_units_and_words_short(tmp_path):
    table = "name,area_km_square,density_pop_or_km_square,pts\nnorthtown,120.5,241.0,12\nsouthtown,80.0,95.5,9\n"
    sidecar = '[columns]\ndensity_pop_or_km_square = "density (pop / km square)"\n'
    check = one_table(tmp_path, "towns", table, "Towns", sidecar)
    found = check("Northtown had a population density of 241.0 people per square kilometre")
    assert found.verdict == "supported" and "density_pop_or_km_square" in found.program.column
    assert check("Northtown had a population density of 214.0 people per square kilometre").verdict == "disputed"
    assert check("Southtown had 9 points").verdict == "supported"  # pts: points (tables.toml)


def test_a_country_code_in_brackets_names_the_country(tmp_path):
    stages = "stage,winner\n1,ann lee ( bel )\n2,bo ray ( bel )\n3,cy dee ( ita )\n"
    check = one_table(tmp_path, "stages", stages, "Tour of Nowhere: stages")
    # Belgian: Belgium; "( bel )": Belgium (places.toml [codes]); riders of that country, no condition.
    assert check("Belgian riders won two stages").verdict == "supported"
    assert check("Belgian riders won three stages").verdict == "disputed"
    assert check("Belgian juniors won two stages").verdict == "unverifiable"  # juniors: no word of the table


def test_the_event_a_title_names_is_no_condition(tmp_path):
    wins = "country,mens_open,womens_open,total\nkenya,20,10,30\njapan,8,0,8\n"
    check = one_table(tmp_path, "wins", wins, "City Marathon: wins by country")
    assert check("Kenyan men have won the open race 20 times").verdict == "supported"
    assert check("Kenya has won the women's open race 12 times").verdict == "disputed"
    # A race in a table of elections would be a word of nothing in it.
    votes = "country,votes\nkenya,20\n"
    assert (
        one_table(tmp_path / "v", "votes", votes, "General election").__call__("Kenya won the race 20 times").verdict
        == "unverifiable"
    )


# Made-up companies: no public figures.
COMPANIES = (
    "rank,company,headquarters,industry,sales_billion,profits_billion\n"
    "1,alpha corp,usa,banking,146.56,21.54\n2,beta plc,uk,oil and gas,335.09,39.50\n"
    "3,gamma ag,germany,banking,121.51,16.63\n4,delta ltd,uk,banking,99.30,14.44\n"
)


def test_a_header_scale_and_a_currency_it_leaves_unsaid(tmp_path):
    sidecar = '[columns]\nsales_billion = "sales (billion)"\nprofits_billion = "profits (billion)"\n'
    check = one_table(tmp_path, "companies", COMPANIES, "Largest companies", sidecar)
    # "billion" in the header: 335.09 is 335,090,000,000; the "$" the table leaves unsaid is flagged.
    found = check("Beta plc had the highest sales, $335.09 billion")
    assert found.verdict == "supported" and "unit-unstated" in found.flags, found.explanation
    found = check("Gamma AG made profits of $16.63 billion")
    assert found.verdict == "supported" and "unit-unstated" in found.flags and "names no currency" in found.explanation
    assert check("Gamma AG made profits of 16.63 billion").flags == ()  # no currency said, none assumed
    # Figures that differ, in a currency the table does not name: no dispute (its own may be another).
    assert check("Gamma AG made profits of $21.13 billion").verdict == "unverifiable"
    assert check("Gamma AG made profits of 21.13 billion").verdict == "disputed"


def test_the_table_own_words_for_its_rows(tmp_path):
    check = one_table(tmp_path, "companies", COMPANIES, "Largest companies")
    assert check("Alpha Corp topped the list").verdict == "supported"  # tables.toml [words] top
    assert check("Beta plc topped the list").verdict == "disputed"
    # "uk" is another name of the United Kingdom (places.toml [aliases]); British: the United Kingdom.
    assert check("Two British companies made the list").verdict == "supported"
    assert check("Three British companies made the list").verdict == "disputed"


def test_a_total_between_the_rows_and_their_number(tmp_path):
    towns = "settlement,type,population_2011\nnorthtown,town,18602\neastby,village,2973\nwestby,village,4721\n"
    check = one_table(tmp_path, "towns", towns, "Settlements")
    assert check("The three settlements had 26,296 inhabitants between them in 2011").verdict == "supported"
    assert check("The three settlements had 26,926 inhabitants between them in 2011").verdict == "disputed"
    assert check("The four settlements had 26,296 inhabitants between them in 2011").verdict == "disputed"
    # "villages": the rows of the value named, counted (not a village's figure).
    assert check("Two villages had more than 2,000 inhabitants in 2011").verdict == "supported"
    assert check("Three villages had more than 2,000 inhabitants in 2011").verdict == "disputed"


def test_two_words_of_one_column_compared(tmp_path):
    stages = "stage,winner\n1,ann lee ( sui )\n2,bo ray ( fra )\n3,cy dee ( fra )\n4,di eck ( ita )\n"
    check = one_table(tmp_path, "stages", stages, "Tour of Nowhere: stages")
    assert check("French riders won more stages than Swiss riders").verdict == "supported"
    assert check("Swiss riders won more stages than French riders").verdict == "disputed"
    assert check("Two Frenchmen won stages").program is None  # not a demonym the vocabulary has


def test_a_place_in_the_column_its_verb_names(tmp_path):
    race = "position,driver,laps,grid\n1,ann lee,53,1\n2,bo ray,53,20\n3,cy dee,52,4\n"
    check = one_table(tmp_path, "race", race, "Grand Prix: race classification")
    # "started" goes with grid (tables.toml [verbs]); ordinals up to the 100th (numbers.toml).
    assert check("Bo Ray started 20th on the grid").verdict == "supported"
    assert check("Cy Dee started 14th on the grid").verdict == "disputed"


def test_only_one_row_holds_a_value(tmp_path):
    board = "player,country,score\nann lee,australia,68\nbo ray,sweden,69\ncy dee,sweden,70\ndi eck,india,70\n"
    check = one_table(tmp_path, "board", board, "Open: first-round leaderboard")
    found = check("Ann Lee was the only Australian on the leaderboard")
    assert found.verdict == "supported" and found.program.operation == "only", found.explanation
    found = check("Bo Ray was the only Swede on the leaderboard")
    assert found.verdict == "disputed" and "cy dee" in found.program.found  # another row holds it
    assert check("Di Eck was the only Australian on the leaderboard").verdict == "disputed"  # not one
    # With a figure: both the only-ness and the figure are checked.
    assert check("Ann Lee, the only Australian, shot 68").verdict == "supported"
    assert check("Ann Lee, the only Australian, shot 67").verdict == "disputed"


def test_a_gap_to_the_first_in_a_column_of_gaps(tmp_path):
    race = (
        "driver,laps,time_retired\nann lee,53,1:14:19.838\nbo ray,53,+ 5.294\ncy dee,53,+ 1:09.405\n"
        "di eck,52,+ 1 lap\nei fu,12,gearbox\n"
    )
    check = one_table(tmp_path, "race", race, "Grand Prix: race classification")
    assert check("Bo Ray finished 5.294 seconds behind the winner").verdict == "supported"
    assert check("Bo Ray finished 5.924 seconds behind the winner").verdict == "disputed"
    assert check("Cy Dee finished 69.405 seconds behind the winner").verdict == "supported"  # + 1:09.405
    assert check("Di Eck finished one lap behind the winner").verdict == "supported"
    assert check("Di Eck finished one second behind the winner").verdict == "unverifiable"  # laps, not seconds
    assert check("Ei Fu finished 20 seconds behind the winner").verdict == "unverifiable"  # retired: no gap


def test_letters_a_column_writes_words_in(tmp_path):
    games = (
        "week,opponent,result\n1,north stars,w 30 - 14\n2,east lions,l 10 - 28\n3,north stars,l 7 - 21\n"
        "4,west bears,w 3 - 0\n"
    )
    check = one_table(tmp_path, "games", games, "Northtown Patriots season: results")
    # "w": a win, "l": a loss (tables.toml [cell_words]), in a column whose every value starts so.
    assert check("The Patriots won two games").verdict == "supported"
    assert check("The Patriots won three games").verdict == "disputed"
    assert check("The Patriots beat the West Bears").verdict == "supported"
    assert check("The Patriots beat the East Lions").verdict == "disputed"
    # Two rows of the North Stars: week 3's is the one named, and it is a loss.
    found = check("The Patriots beat the North Stars in week 3")
    assert found.verdict == "disputed" and "l 7 - 21" in found.explanation
    assert check("The Patriots beat the North Stars 30-14 in week 1").verdict == "supported"


def test_words_of_order_are_read_only_by_the_operations_that_read_them(tmp_path, monkeypatch):
    from factcheck.checks import program

    draft = "round,pick,player\n1,4,ann lee\n2,40,bo ray\n"
    check = one_table(tmp_path, "draft", draft, "Draft picks")
    assert check("Bo Ray was taken in the first round").verdict == "disputed"
    assert check("Ann Lee was taken in the first round").verdict == "supported"
    assert check("Bo Ray was the first player taken").verdict == "disputed"
    # "first" is a word of an operation (accounting.py): where the one that reads it cannot
    # decide, no other may take it as said ("the first player": the first rows, which only _ends
    # reads; "the first round" is round 1, a row's number, which the lookups read).
    monkeypatch.setattr(program, "_OPERATIONS", tuple(op for op in program._OPERATIONS if op is not program._ends))
    assert check("Bo Ray was the first player taken").verdict == "unverifiable"
    clubs = "club,first_season_in_top_division,number_of_seasons_in_top_division\nnorth fc,1930,17\nsouth fc,1947,55\n"
    check = one_table(tmp_path / "c", "clubs", clubs, "Clubs")
    # "first ... season in top division" names a column: no first of the rows, no highest.
    found = check("North FC's first top-division season was 1930")
    assert found.verdict == "supported", found.explanation
    assert check("North FC's first top-division season was 1947").verdict == "disputed"


def test_a_number_in_a_column_name_is_no_figure(tmp_path):
    albums = "year,us_hot_100,us_rap,album\n1997,71,11,tru game\n2000,17,1,goodfellas\n"
    check = one_table(tmp_path, "albums", albums, "Albums and chart positions")
    assert check("Goodfellas peaked at number 17 on the Billboard Hot 100").verdict != "disputed"
    assert check("Tru Game reached number 11 on the Hot 100").verdict == "disputed"


def test_the_set_a_count_is_out_of_is_read_either_way(tmp_path):
    seats = "district,incumbent,party\n1,ann lee,republican\n2,bo ray,democratic\n3,cy dee,republican\n4,di eck,democratic\n"
    check = one_table(tmp_path, "seats", seats, "House elections")
    assert check("Two of the four incumbents were Republicans").verdict == "supported"
    assert check("Three of the four incumbents were Republicans").verdict == "disputed"
    assert check("Two of the five incumbents were Republicans").verdict == "disputed"  # there are four


def test_cells_and_headers_written_short(tmp_path):
    clubs = "club,top_division_titles\nnorth fc,6 g\nsouth fc,0\n"
    check = one_table(tmp_path, "clubs", clubs, "Clubs")
    # "6 g": six, with a footnote's letter after it.
    assert check("North FC have won six top-division titles").verdict == "supported"
    assert check("South FC have won one top-division title").verdict == "disputed"
    episodes = 'title,original_air_date,us_viewers_millions\ntrue concert,"november 14 , 2009",3.8\n'
    sidecar = '[columns]\nus_viewers_millions = "us viewers (millions)"\n'
    check = one_table(tmp_path / "e", "episodes", episodes, "Episodes", sidecar)
    # "us": the United States; "millions": the header's scale; "watched": a verb of viewers.
    assert check("True Concert was watched by 3.8 million viewers in the United States").verdict == "supported"
    assert check("True Concert was watched by 3.2 million viewers in the United States").verdict == "disputed"
    assert check("True Concert first aired on November 14, 2009").verdict == "supported"  # no first of the rows


def test_a_year_no_row_holds_is_the_named_row_found_different(tmp_path):
    albums = "year,us_rap,album\n1997,11,tru game\n2000,1,goodfellas\n"
    check = one_table(tmp_path, "albums", albums, "Albums and chart positions")
    assert check("Goodfellas was released in 2000").verdict == "supported"
    found = check("Goodfellas was released in 2001")
    assert found.verdict == "disputed" and "2000" in found.explanation
    # Nothing else is decided while a year no row holds is said: it may be another table's year.
    assert check("Goodfellas reached number 1 on the US rap chart in 2001").verdict != "supported"


def test_winning_the_event_the_title_names_is_first_place(tmp_path):
    race = "rank,athlete,time\n1,ann lee,6:50.23\n2,bo ray,6:52.70\n"
    check = one_table(tmp_path, "race", race, "Single sculls: one race")
    assert check("Ann Lee won the race").verdict == "supported"
    assert check("Bo Ray won the race").verdict == "disputed"
    grid = "rider,manufacturer,grid\nann lee,aprilia,23\nbo ray,honda,1\n"
    check = one_table(tmp_path / "g", "grid", grid, "Grand Prix race classification")
    assert check("Ann Lee won the race").verdict != "disputed"  # the grid is where a rider started


def test_a_leader_and_their_figure_in_brackets(tmp_path):
    games = (
        "game,date,team,score,high_points,high_assists\n"
        "48,february 3,washington,w 107 - 85,nate robinson (23),nate robinson (8)\n"
        "49,february 5,milwaukee,l 107 - 114,david lee (32),chris duhon (7)\n"
        '50,february 6,cleveland,l 106 - 113,nate robinson (26),"david lee , chris duhon (8)"\n'
    )
    check = one_table(tmp_path, "games", games, "Knicks season: games")
    found = check("Nate Robinson scored 26 points in the loss at Cleveland")
    assert found.verdict == "supported" and "nate robinson (26)" in found.explanation, found.explanation
    assert check("Nate Robinson scored 24 points against Cleveland").verdict == "disputed"
    assert check("David Lee led the Knicks with 32 points against Milwaukee on February 5").verdict == "supported"
    assert check("Chris Duhon led the team in assists against Cleveland with 8").verdict == "supported"  # shared
    # Not the leader the table gives: disputed only where the claim says they led, or more than the leader.
    assert check("Chris Duhon led the team in points against Milwaukee with 20").verdict == "disputed"
    assert check("Chris Duhon scored 40 points against Milwaukee").verdict == "disputed"
    assert check("Chris Duhon scored 20 points against Milwaukee").verdict == "unverifiable"


def test_a_candidate_share_in_a_list_of_candidates(tmp_path):
    house = (
        "district,incumbent,party,result,candidates\n"
        "new york 6,floyd flake,democratic,re - elected,floyd flake (d) 84.85% jorawar misir (r) 15.14%\n"
        "new york 25,jim walsh,republican,re - elected,jim walsh (r) 55.11% marty mack (d) 44.89%\n"
    )
    check = one_table(tmp_path, "house", house, "House elections, 1996")
    assert check("Floyd Flake won re-election with 84.85% of the vote").verdict == "supported"
    assert check("Floyd Flake won re-election with 74.85% of the vote").verdict == "disputed"
    assert check("Jim Walsh beat Marty Mack with 55.11% of the vote").verdict == "supported"
    assert check("Marty Mack beat Jim Walsh with 44.89% of the vote").verdict == "disputed"


def test_a_country_in_a_value_names_the_row_only_when_said_whole(tmp_path):
    companies = "company,headquarters\namerican international group,usa\nbp,uk\nbarclays,uk\n"
    check = one_table(tmp_path, "companies", companies, "Largest companies")
    # "British" is the United Kingdom; "united" alone names no "american international group".
    assert check("Two British companies made the list").verdict == "supported"
    races = "grand_prix,winning_driver\nbritish grand prix,david coulthard\nfrench grand prix,david coulthard\n"
    check = one_table(tmp_path / "r", "races", races, "Season results")
    assert check("Coulthard won the British Grand Prix").verdict == "supported"


def test_scores_to_par(tmp_path):
    board = (
        "player,country,score,to_par\nann lee,sweden,68,- 2\nbo ray,india,68,- 2\n"
        "cy dee,spain,69,- 1\ndi eck,australia,70,e\ned fox,sweden,70,e\n"
    )
    check = one_table(tmp_path, "board", board, "Open Championship: first-round leaderboard")
    assert check("Ann Lee was two under par").verdict == "supported"
    assert check("Cy Dee finished the round one under par").verdict == "supported"
    assert check("Cy Dee finished the round two under par").verdict == "disputed"
    # "e" is even: level par, in a column of scores to par.
    assert check("Di Eck was level par after the first round").verdict == "supported"
    assert check("Three players were under par").verdict == "supported"
    assert check("Four players were under par").verdict == "disputed"
    assert check("Two players shot 70").verdict == "supported"  # "shot": the score
    # "in the first round" is the title's round, the table's scope: no first rows of it.
    assert check("Cy Dee shot a 69 in the first round").verdict == "supported"


def test_a_named_row_found_by_its_key_or_by_the_words_that_pick_it(tmp_path):
    races = (
        "race_name,circuit,winning_driver,constructor\nvalentino grand prix,valentino park,ann lee,lancia\n"
        "pau grand prix,pau,bo ray,maserati\nnaples grand prix,posillipo,ann lee,lancia\n"
    )
    check = one_table(tmp_path, "races", races, "Non-championship races")
    # "the Pau Grand Prix" is the row (a value only it has); the driver and maker it gives are other.
    found = check("Ann Lee won the Pau Grand Prix for Lancia")
    assert found.verdict == "disputed" and "bo ray" in found.explanation and "maserati" in found.explanation
    assert check("Bo Ray won the Pau Grand Prix for Maserati").verdict == "supported"
    stages = (
        "date,course,winner\n4 june,vigevano to cuneo,cy dee ( ita )\n5 june,cuneo to pinerolo,di eck ( ita )\n"
        "6 june,pinerolo to turin,ed fox ( fra )\n7 june,turin to milan,cy dee ( ita )\n"
    )
    check = one_table(tmp_path / "s", "stages", stages, "Giro: stages")
    # Either stage that says Pinerolo was won by another: disputed, naming who won them.
    found = check("Cy Dee won the stage to Pinerolo")
    assert found.verdict == "disputed" and "di eck" in found.explanation and "ed fox" in found.explanation
    assert check("Di Eck won the stage to Pinerolo").verdict == "supported"


def test_the_title_word_for_the_rows_is_no_column_left_unsaid(tmp_path):
    stages = "stage,route,winner\np,paris,ann lee\n13,pau - superbagneres,bo ray\n"
    check = one_table(tmp_path, "stages", stages, "Tour of Nowhere: stages")
    # "the stage to Superbagneres": the row's kind (the title's word), not a stage number left unchecked.
    assert check("Bo Ray won the stage to Superbagneres").verdict == "supported"
    from factcheck import load_corpus
    from factcheck.checks.table import check_row
    from factcheck.corpus.index import Index

    found = check_row(read("Bo Ray won the stage to Superbagneres"), Index(load_corpus(tmp_path)))
    assert found is not None and found.verdict == "supported"


def test_the_title_makes_a_superlative_and_says_what_its_total_counts(tmp_path):
    airports = "rank,airport,total_passengers\n1,north,100\n2,east,90\n3,south,80\n"
    check = one_table(tmp_path, "airports", airports, "Busiest airports by passenger traffic")
    assert check("East was the second-busiest airport").verdict == "supported"  # the title's "busiest": rank
    assert check("South was the second-busiest airport").verdict == "disputed"
    wins = "country,mens_open,womens_open,total\nkenya,20,10,30\nethiopia,4,6,10\n"
    check = one_table(tmp_path / "w", "wins", wins, "City Marathon winners: wins by country")
    # "won ... 10 times": what the title counts ("wins by country"), no column named: the total.
    assert check("Ethiopia has won the City Marathon 10 times").verdict == "supported"
    assert check("Kenya has won the City Marathon 20 times").verdict == "disputed"
    plain = one_table(tmp_path / "p", "wins", wins, "City Marathon winners")
    assert plain("Ethiopia has won the City Marathon 10 times").verdict == "unverifiable"  # the title counts nothing


def test_a_total_row_label_and_seasons_as_rows(tmp_path):
    medals = "rank,nation,gold,total\n1,northland,10,20\n2,eastland,5,12\n3,southland,2,9\ntotal,total,17,41\n"
    check = one_table(tmp_path, "medals", medals, "Games: medal table", 'aggregates = ["total"]\n')
    # The total row's "total" leaves rank a column of numbers: a place is read from it.
    assert check("Southland finished third in the medal table").verdict == "supported"
    assert check("Eastland finished third in the medal table").verdict == "disputed"
    crew = "year,channel,play_by_play\n1970 - 71,wsbk - tv,ann lee\n1971 - 72,wsbk - tv,ann lee\n1972 - 73,wbz - tv,bo ray\n"
    check = one_table(tmp_path / "c", "crew", crew, "Television broadcasters")
    # A row a season ("1970 - 71"): "for two seasons" counts the rows.
    assert check("Ann Lee called the play-by-play for two seasons").verdict == "supported"
    assert check("Ann Lee called the play-by-play for three seasons").verdict == "disputed"


def test_a_count_whose_column_its_verb_names(tmp_path):
    seats = "party,seats_contested,seats_won,2003_seats\nleft front,60,49,41\ncongress,48,10,13\ngreens,20,1,0\nreds,12,1,2\n"
    check = one_table(tmp_path, "seats", seats, "Assembly election results by party")
    # "won ... seats": seats won, not contested, nor the 2003 column no year of the claim names.
    assert check("Only one party won more than ten seats").verdict == "supported"
    assert check("Only one party won more than five seats").verdict == "disputed"


def test_only_with_figures_reads_each_figure_noun_where_it_stands(tmp_path):
    towns = (
        "settlement,type,population,households\nnorthtown,town,18602,5200\neastby,village,2973,900\n"
        "westby,village,1200,400\n"
    )
    check = one_table(tmp_path, "towns", towns, "Settlements")
    # Each figure's own noun picks its column, read where it stands once "only" is set aside.
    found = check("Northtown, the only town, had 5,200 households and 18,602 inhabitants")
    assert found.verdict == "supported" and found.program.operation == "only", found.explanation
    assert check("Northtown, the only town, had 18,602 households and 5,200 inhabitants").verdict == "disputed"


def test_a_place_said_beside_a_figure_is_checked_too(tmp_path):
    # Made-up contest: a column called "place" (a word that states nothing in "took place").
    contest = "draw,artist,place,points\n1,ann lee,2,140\n2,bo ray,1,146\n3,cy dee,3,118\n4,di fox,4,90\n"
    check = one_table(tmp_path, "contest", contest, "Song contest: results")
    # The figure is right and the place wrong: never supported on the figure alone.
    wrong_place = check("Cy Dee finished fourth with 118 points")
    assert wrong_place.verdict == "disputed", wrong_place.explanation
    assert "3rd" in wrong_place.program.found or "3" in wrong_place.program.found, wrong_place.program
    both = check("Cy Dee finished third with 118 points")
    assert both.verdict == "supported" and "points" in both.explanation, both.explanation
    assert check("Cy Dee finished third with 120 points").verdict == "disputed"
    assert check("Ann Lee finished second").verdict == "supported"
    # A table with no place to read: the figure alone bears out no "fourth".
    check = one_table(tmp_path / "n", "points", "artist,points\nann lee,140\ncy dee,118\n", "Song contest: points")
    assert check("Cy Dee finished fourth with 118 points").verdict == "unverifiable"
    assert check("Cy Dee was fourth with 118 points").verdict == "unverifiable"  # no verb: the place itself
    assert check("Cy Dee scored 118 points").verdict == "supported"


def test_a_number_names_a_value_only_beside_its_words(tmp_path):
    games = (
        "date,opponent,score,attendance\njanuary 2,atlanta,5 - 4,13506\njanuary 18,edmonton,7 - 2,16868\n"
        "january 22,boston,3 - 6,15675\n"
    )
    check = one_table(tmp_path, "games", games, "Season: games of January")
    # The 2 of "7-2" stands beside no "january": the game of January 18 is the one named, not that of January 2.
    assert check("The score against Edmonton was 7-2 on January 18").verdict == "supported"
    assert check("The score against Edmonton was 7-2 on January 22").verdict == "disputed"


def test_golf_scores_by_their_verb_and_hyphenated_pars(tmp_path):
    golf = "place,player,country,score,to_par\nt1,ann lee,fiji,65,- 5\n2,bo ray,sweden,66,- 4\n3,cy dee,fiji,67,- 3\n"
    check = one_table(tmp_path, "golf", golf, "Open Championship: first round leaders")
    # "shot" a score: the score column, not the score to par (which "under par" says).
    assert check("Bo Ray of Sweden shot 66").verdict == "supported"
    assert check("Bo Ray of Sweden shot 67").verdict == "disputed"
    assert check("Cy Dee was three-under-par").verdict == "supported"
    assert check("Cy Dee was four-under-par").verdict == "disputed"


def test_a_game_log_with_visitor_and_home_sides(tmp_path):
    # Made-up games of the Northtown Hawks: the score is visitor's first, home's second.
    games = (
        "date,visitor,score,home,attendance\njanuary 2,eastby,5 - 4,northtown,13506\n"
        "january 8,northtown,1 - 0,eastby,14549\njanuary 15,northtown,4 - 5,westby,19444\n"
        "january 31,westby,2 - 3,northtown,15159\n"
    )
    check = one_table(tmp_path, "games", games, "Northtown Hawks season: games of January")
    # Northtown, the title's side, is in both columns: no row of its own. The score's side decides who won.
    assert check("Northtown beat Eastby 1-0 on January 8").verdict == "supported"
    assert check("Northtown beat Westby 5-4 on January 15").verdict == "disputed"  # lost 4-5
    assert check("Northtown lost 4-5 to Westby on January 15").verdict == "supported"
    # Westby is a visitor one day and at home another: the date's row places it.
    assert check("Northtown beat Westby 3-2 on January 31").verdict == "supported"
    # The other side named first: its win is the title side's loss.
    assert check("Eastby beat Northtown 5-4 on January 2").verdict == "supported"
    assert check("Eastby lost 4-5 to Northtown on January 2").verdict == "disputed"


def test_points_behind_the_winner_and_long_texts_named_by_no_single_word(tmp_path):
    contest = (
        "artist,english_translation,place,points\nann lee,where the heart beats,2,139\nbo ray,the last one who spoke,1,146\n"
        "cy dee,-,3,118\n"
    )
    check = one_table(tmp_path, "contest", contest, "Song contest: results")
    # "the winner" is the leading row: no song whose title "beats" (one concept with "win") names.
    assert check("Ann Lee finished seven points behind the winner").verdict == "supported"
    assert check("Ann Lee finished nine points behind the winner").verdict == "disputed"
    # "last" is an operation's word, no part of a song's title that names its row: finishing last
    # is the highest place of the column.
    last = check("Cy Dee finished last with 118 points")
    assert last.verdict == "supported" and "last (3rd)" in last.explanation, last.explanation
    assert check("Ann Lee finished last").verdict == "disputed"
    golf = "player,score\nann lee,65\nbo ray,68\n"
    check = one_table(tmp_path / "g", "golf", golf, "Open: first round")
    # Fewer shots lead: "three shots behind" is a gap above the lowest score, never below the highest.
    assert check("Ann Lee was three shots behind the leader").verdict == "disputed"
    assert check("Bo Ray was three shots behind the leader").verdict == "supported"


def test_first_and_last_are_places_only_an_operation_that_reads_them_accounts_for(tmp_path):
    stadiums = "stadium,capacity,city,closed\nanz stadium,59000,brisbane,2003\nthe willows,11363,salford,2011\nbarnet copthall,5000,london,1994\n"
    check = one_table(tmp_path, "st", stadiums, "Rugby league stadiums: former stadiums")
    # The capacity is right; "last" and "first" are left unread by its lookup: never supported on it.
    for text in (
        "Barnet Copthall, with 5,000 seats, closed last",
        "Barnet Copthall, which held 5,000, was the last",
        "Barnet Copthall held 5,000 and was the first",
    ):
        assert check(text).verdict != "supported", text
    grid = "driver,constructor,grid\nann lee,lotus,1\nbo ray,tyrrell,2\n"
    check = one_table(tmp_path / "g", "grid", grid, "Grand Prix: starting grid")
    # "first" with a place noun after it is a place, read in the column the verb names.
    first = check("Ann Lee started from the first place on the grid")
    assert first.verdict == "supported" and "first" in first.explanation, first.explanation
    assert check("Bo Ray started from the first place on the grid").verdict == "disputed"


def test_a_race_time_by_its_verbs_and_a_word_goes_with_the_figure_beside_it(tmp_path):
    heats = (
        "heat,name,nationality,reaction,result\n1,ann lee,jamaica,0.172,12.43\n2,bo ray,jamaica,0.189,12.62\n"
        "2,cy dee,sweden,0.140,12.70\n1,di fox,jamaica,0.198,dnf\n"
    )
    title = "Athletics, women's 100 metres hurdles: semi-finals"
    check = one_table(tmp_path, "heats", heats, title)
    # "ran", "clocked": the race's verbs, and the result's; "dnf" is no number, the column still one of numbers.
    assert check("Bo Ray ran 12.62").verdict == "supported"
    assert check("Bo Ray clocked 12.56").verdict == "disputed"
    assert check("Three Jamaicans ran in the semi-finals").verdict == "supported"
    # "heat 2" and "a reaction time of 0.140" take their words: 12.62 and 12.70 are no heat nor reaction.
    assert check("Bo Ray ran 12.62 to win heat 2").verdict != "disputed"
    assert check("Cy Dee ran 12.70 from a reaction time of 0.140").verdict != "disputed"
    timed = one_table(tmp_path / "t", "timed", "name,reaction,time\nann lee,0.141,13.21\nbo ray,0.155,13.45\n", title)
    assert timed("Bo Ray clocked 13.45").verdict == "supported"
    songs = "draw,language,artist,points\n1,english,ann lee,26\n2,german,bo ray,0\n3,english,cy dee,106\n"
    check = one_table(tmp_path / "s", "songs", songs, "Song contest: results")
    assert check("Two songs were sung in English").verdict == "supported"
    assert check("Two songs were performed in German").verdict == "disputed"


def test_cells_with_notes_and_a_total_row_found_by_its_sums(tmp_path):
    # Made-up provinces; the last row adds up the others (population and area), no sidecar says so.
    provinces = (
        "province,population_2005,population_pct,area,density\nnorth,2200000,44.0,700,3142.9\n"
        "east,1000000,20.0,14000,71.4\nsouth,1036000,20.7,6300,164.4\nwest,764000,15.3,5000,152.8\n"
        "island,5000000,100,26000,192.3\n"
    )
    check = one_table(tmp_path, "provinces", provinces, "Provinces of Island: population and area")
    # "island" is the total, no province: three provinces, not four, have a million people or more.
    assert check("Two provinces had more than a million inhabitants").verdict == "supported"
    assert check("Three provinces had more than a million inhabitants").verdict == "disputed"
    # A count said with the superlative is read in the column that can hold it, not the share.
    assert check("West is the least populous, with 764,000 people").verdict == "supported"
    # Small counts that add up by chance in two of many columns make no total row.
    seats = "party,a,b,c,d,e,total\nred,3,5,0,1,1,10\nblue,2,3,6,4,2,17\ngreen,1,2,1,1,1,6\ngrey,0,0,0,0,0,0\n"
    check = one_table(tmp_path / "s", "seats", seats, "Council election: seats won by party and district")
    from factcheck import load_corpus

    assert [s.table.aggregates for s in load_corpus(tmp_path / "s").sources if s.table] == [()]
    # A last row labelled a total is one, whatever its cells (a copied page's "align = left|total").
    shifted = "rank,country,people\n1,egypt,846\n2,algeria,382\n3,iraq,354\nalign = left|total,3709,100\n"
    write(tmp_path / "t", {"arab.csv": shifted})
    assert [s.table.aggregates for s in load_corpus(tmp_path / "t").sources] == [("align = left|total",)]
    assert check("Red won more seats than Green").verdict == "supported"
    assert check("Green won more seats than Red").verdict == "disputed"
    deaths = (
        "disaster,type,deaths,date\nspanish flu,pandemic,50000 (estimate),1918\nhalifax explosion,explosion,2000,1917\n"
        "great storm,storm,~250,1913\nmatheson fire,fire,223 (disputed),1916\nair india flight 182,sabotage,"
        "280 canadians (out of 329 total fatalities),1985\nswissair flight 111,aircrash,229,1998\n"
        "ss pacific,shipwreck,298,1875\nrms atlantic,shipwreck,562,1873\naeneas,shipwreck,340,1805\n"
        "ss hungarian,shipwreck,205,1860\n"
    )
    check = one_table(tmp_path / "d", "deaths", deaths, "Disasters by death toll")
    # A note in brackets or "~" leaves the number; a row with words after its number has none.
    assert check("The Spanish flu killed an estimated 50,000 people").verdict == "supported"
    assert check("The Matheson Fire killed 250 people").verdict == "disputed"
    assert check("The Halifax Explosion killed 2,000 people").verdict == "supported"


def test_a_word_of_a_value_and_a_column_alike_is_no_column_and_a_change_holds_percent(tmp_path):
    targets = (
        "rank,constituency,swing_to_gain,labour_s_place,result\n1,dundee east,0.17,2nd,snp hold\n"
        "2,ochil,0.49,2nd,snp hold\n3,ayr,0.62,2nd,lab gain\n"
    )
    check = one_table(tmp_path, "targets", targets, "Election: Labour's target seats")
    # "gained" is the result's word ("lab gain") as much as the swing's column: no "some swing to gain".
    assert check("Labour gained Ochil").verdict != "supported"
    arrivals = (
        "rank,country,arrivals_2012,arrivals_2011,change_2011_to_2012,change_2010_to_2011\n"
        "1,france,83.0,81.6,+ 1.8%,+ 5.0%\n2,spain,57.7,56.2,+ 2.7%,+ 6.6%\n3,italy,46.4,46.1,+ 0.5%,+ 5.7%\n"
        "4,russia,25.7,22.7,+ 13.4%,+ 11.9%\n"
    )
    check = one_table(tmp_path / "a", "arrivals", arrivals, "Tourist arrivals in Europe")
    # A column of changes holds a percentage: "the fastest growth, 13.4%" is read from it.
    assert check("Russia's arrivals grew 13.4% in 2012, the fastest growth").verdict == "supported"
    assert check("Spain's arrivals grew 2.7% in 2012, the fastest growth").verdict == "disputed"


def test_a_season_with_a_heading_over_its_totals_and_years_with_notes(tmp_path):
    # Made-up storms; "season aggregates" in every cell is a heading, the row under it the total.
    storms = (
        "name,dates_active,deaths\nalpha,april 27 - may 3,~1000\nbob 02,june 16 - 18,54\nbob 03,august 9 - 10,61\n"
        "delta,october 19 - 23,180\nseason aggregates,season aggregates,season aggregates\n4 systems,april 27 - october 23,1297\n"
    )
    check = one_table(tmp_path, "storms", storms, "Cyclone season: storms")
    # The deaths are a column of numbers (the heading is no row); "BOB 02" is a name, its 02 no figure.
    assert check("Bob 03 killed 61 people").verdict == "supported"
    assert check("BOB 02 killed more people than BOB 03").verdict == "disputed"
    assert check("BOB 03 killed more people than BOB 02").verdict == "supported"
    # "In total" is the table's own total row; the rows add up to 1,295 around an approximate "~1000".
    assert check("The season's storms killed 1,297 people in total").verdict == "supported"
    assert check("The season's storms killed 1,400 people in total").verdict == "disputed"
    disasters = (
        "disaster,type,deaths,date\nhalifax explosion,explosion,2000,1917\ntseax cone eruption,volcano,2000,"
        "1700 (approximately)\nduke william,shipwreck,360,1758 (december 13)\naeneas,shipwreck,340,1805\n"
    )
    check = one_table(tmp_path / "d", "disasters", disasters, "Disasters by death toll")
    # A date column of years with notes is one of years: "in 1918" names a year no row has.
    assert check("The Halifax Explosion happened in 1917").verdict == "supported"
    assert check("The Halifax Explosion happened in 1918").verdict == "disputed"
    house = "district,incumbent,first_elected\nma 1,silvio conte,1958\nma 2,edward boland,1952\nma 5,paul cronin,1972\n"
    check = one_table(tmp_path / "h", "house", house, "House elections")
    # A year no row has, with its column's words ("first elected"): the row's year differs.
    assert check("Paul Cronin was first elected in 1970").verdict == "disputed"


def test_a_middle_initial_is_no_letter_and_another_columns_name_names_no_value(tmp_path):
    house = (
        "district,incumbent,party,result\nma 1,silvio conte,republican,re - elected\n"
        "ma 5,paul w cronin,republican,lost re - election\nma 6,michael j harrington,democratic,re - elected\n"
    )
    check = one_table(tmp_path, "house", house, "House elections")
    # The "w" of "paul w cronin" is no "win": "won" does not name Cronin's row beside Conte's.
    found = check("Silvio Conte, a Republican, won re-election")
    assert "cronin" not in found.explanation, found.explanation
    songs = (
        "draw,language,artist,song,english_translation,points\n1,english,ann lee,could it be,-,106\n"
        "2,italian,bo ray,canzone per te,a song for you,118\n3,english,cy dee,a message,-,47\n"
    )
    check = one_table(tmp_path / "s", "songs", songs, "Song contest: results")
    # "songs" says the table's kind of row, no translation "a song for you".
    assert check("Two songs were sung in English").verdict == "supported"


def test_a_place_written_in_words_and_finishing_ahead(tmp_path):
    clubs = "club,position_in_2012,titles\nborac,003 3rd,1\nzrinjski,001 1st,4\nvelez,006 6th,0\n"
    check = one_table(tmp_path, "clubs", clubs, "Premier League clubs")
    # A text column named for a place, its cells writing it ("003 3rd").
    assert check("Borac finished third").verdict == "supported"
    assert check("Borac finished fourth").verdict == "disputed"
    contest = "artist,place,points\nann lee,2,140\nbo ray,1,146\ncy dee,3,118\n"
    check = one_table(tmp_path / "c", "contest", contest, "Song contest: results")
    # "finished ahead of": the place's verb read with the rank.
    assert check("Ann Lee finished ahead of Cy Dee").verdict == "supported"
    assert check("Cy Dee finished ahead of Ann Lee").verdict == "disputed"


def test_of_the_month_is_the_titles_period_and_at_a_side_is_its_home_game(tmp_path):
    games = (
        "date,visitor,score,home,attendance\njanuary 2,eastby,5 - 4,northtown,13506\n"
        "january 8,northtown,1 - 0,eastby,14549\njanuary 15,northtown,4 - 5,westby,19444\n"
        "january 31,westby,2 - 3,northtown,15159\n"
    )
    check = one_table(tmp_path, "games", games, "Northtown Hawks season: games of January")
    # "of the month": the month the title gives; "at Westby": Westby at home, one game of two.
    assert check("The highest attendance of the month, 19,444, was at Westby").verdict == "supported"
    assert check("The lowest attendance of the month was at Eastby").verdict == "disputed"
    # A crowd "watched" a game: the attendance's verb.
    assert check("The largest crowd of the month, 19,444, watched the game at Westby").verdict == "supported"


def test_a_superlative_that_names_its_measure_and_a_part_of_a_name_named_whole(tmp_path):
    disasters = (
        "disaster,type,location,deaths\nrms empress of ireland,shipwreck,quebec,1012\n"
        "rms atlantic,shipwreck,nova scotia,562\nair india flight 182,sabotage,atlantic ocean,280\n"
        "halifax explosion,explosion,nova scotia,2000\n"
    )
    check = one_table(tmp_path, "disasters", disasters, "Disasters by death toll")
    # "deadliest": the most deaths; "Atlantic" is the RMS Atlantic's word, no "atlantic ocean" row.
    assert check("The RMS Atlantic was the deadliest shipwreck").verdict == "disputed"
    assert check("The RMS Empress of Ireland was the deadliest shipwreck").verdict == "supported"


def test_a_numbered_label_names_its_row_in_a_column_of_numbers_with_labels(tmp_path):
    stages = (
        "stage,date,route,winner\np,4 july,boulogne,thierry marie ( fra )\n1,5 july,nanterre,pol verschuere ( bel )\n"
        "2,5 july,meudon,system u\n3,6 july,levallois,davis phinney ( usa )\n4,7 july,liévin,pello ruiz cabestany ( esp )\n"
    )
    check = one_table(tmp_path, "stages", stages, "Tour de France: stages")
    # "stage 4": the row numbered 4 in a column that also holds "p" (the prologue).
    assert check("Davis Phinney won stage 3").verdict == "supported"
    assert check("Davis Phinney won stage 4").verdict == "disputed"
    # The final stage is the last numbered one; which is first, with a prologue, is not said.
    assert check("Pello Ruiz Cabestany won the final stage").verdict == "supported"
    assert check("Davis Phinney won the final stage").verdict == "disputed"


def test_a_place_read_from_the_order_of_the_finishers(tmp_path):
    # Made-up results with no place column: the first row's own time, then gaps to it.
    results = (
        "rider,manufacturer,laps,time_retired,grid\nann lee,aprilia,19,41:36.284,23\nbo ray,honda,19,+ 1.373,1\n"
        "cy dee,honda,19,+ 1.496,7\ndi fox,honda,12,retirement,2\n"
    )
    check = one_table(tmp_path, "results", results, "Motorcycle Grand Prix: 250cc classification")
    # Winning is the first finisher's, not the first place on the grid.
    assert check("Ann Lee won the race on an Aprilia").verdict == "supported"
    assert check("Bo Ray won the race").verdict == "disputed"
    assert check("Cy Dee finished third").verdict == "supported"
    # Retired: the order of the finishers gives no place (a classification by laps may).
    assert check("Di Fox finished fourth").verdict == "unverifiable"
    # A grid is a starting place: "finished third" is not read from it.
    assert "grid" not in check("Bo Ray finished third").explanation


def test_a_count_is_no_share_and_a_place_the_row_holds_is_no_rank(tmp_path):
    countries = (
        "rank,country,projection,pct_of_pop\n1,egypt,84605000,22.81\n2,algeria,38295000,10.32\n3,iraq,35404000,9.54\n"
    )
    check = one_table(tmp_path, "c", countries, "Arab countries by population", '[columns]\npct_of_pop = "% of pop"\n')
    # 36.4 million against "% of pop" (9.54): no share, never disputed on it; the title's measure
    # ("by population") is the projection, which does dispute it.
    found = check("Iraq had a population of 36.4 million")
    assert found.verdict == "disputed" and "35,404,000" in found.explanation and "9.54" not in found.explanation
    targets = (
        "rank,constituency,labour_s_place_2003,result\n1,dundee east,2nd,snp hold\n2,ayr,2nd,con hold\n"
        "3,tweeddale,3rd,ld hold\n"
    )
    check = one_table(tmp_path / "t", "t", targets, "Election: Labour's target seats")
    # "came third" is the row's "3rd", not its rank (3 by chance here, so a row ranked 1 shows it).
    assert check("Labour came second in Dundee East in 2003").verdict == "supported"


def test_a_value_with_numbers_is_named_by_them_beside_a_column_of_its_word(tmp_path):
    deaths = (
        "state,year,sex,age_group,deaths\nohio,2005,female,75-84 years,1600\nutah,2005,female,75-84 years,900\n"
        "ohio,2005,female,55-64 years,2000\nutah,2005,female,55-64 years,300\n"
    )
    check = one_table(tmp_path, "d", deaths, "Overdose deaths by state, year, sex and age group")
    # "years" is the year column's word too, but "75-84 years" is named by its numbers.
    assert check("1 state had more than 1,000 deaths among females aged 75-84 years in 2005").verdict == "supported"
    assert check("2 states had more than 1,000 deaths among females aged 75-84 years in 2005").verdict == "disputed"


def test_a_gap_between_two_named_rows_where_less_or_more_is_better(tmp_path):
    golf = "place,player,score\n1,ann lee,65\n2,bo ray,66\n3,cy dee,68\n"
    check = one_table(tmp_path, "golf", golf, "Open: first round leaders")
    # Fewer shots lead: 66 is one shot behind 65.
    assert check("Bo Ray finished one shot behind Ann Lee").verdict == "supported"
    assert check("Bo Ray finished two shots behind Ann Lee").verdict == "disputed"
    assert check("Ann Lee finished three shots ahead of Cy Dee").verdict == "supported"
    contest = "artist,points\nann lee,146\nbo ray,139\n"
    check = one_table(tmp_path / "c", "contest", contest, "Song contest: results")
    # More points lead: 139 is seven points behind 146.
    assert check("Bo Ray finished seven points behind Ann Lee").verdict == "supported"
    assert check("Ann Lee finished seven points behind Bo Ray").verdict == "disputed"


def test_wins_and_losses_of_the_titles_side_counted_from_bare_scores(tmp_path):
    games = (
        "date,visitor,score,home,attendance\njanuary 2,eastby,5 - 4,northtown,13506\n"
        "january 8,northtown,1 - 0,eastby,14549\njanuary 15,northtown,4 - 5,westby,19444\n"
        "january 31,westby,2 - 3,northtown,15159\n"
    )
    check = one_table(tmp_path, "games", games, "Northtown Hawks season: games of January")
    # Each row's outcome for Northtown, from the score between the sides: two wins, two losses.
    assert check("Northtown won two games in January").verdict == "supported"
    assert check("Northtown won three games in January").verdict == "disputed"
    # A date said before the verb is no side: Northtown's win, not Eastby's.
    assert check("On January 8, Northtown beat Eastby").verdict == "supported"
    assert check("Northtown beat Westby on January 15").verdict == "disputed"
    assert check("A crowd of 19,444 saw the loss at Westby").verdict == "supported"


def test_a_result_with_its_record_mark_and_a_height_in_metres(tmp_path):
    vault = (
        "athlete,nationality,attempts,result\nbob richards,united states,9,4.55 or\ndon laz,united states,8,4.50\n"
        "valto olenius,finland,7,4.30\n"
    )
    check = one_table(tmp_path, "vault", vault, "Athletics, men's pole vault: final")
    # "4.55 or" (an Olympic record) is 4.55; "cleared" and "jumped" are a result's verbs.
    assert check("Valto Olenius of Finland cleared 4.30").verdict == "supported"
    assert check("Don Laz cleared 4.40").verdict == "disputed"
    assert check("Bob Richards cleared 4.55").verdict == "supported"
    # "4.55 m", spaced and with no currency, is a height, never 4.55 million against 4.55.
    assert check("Bob Richards won the gold with 4.55 m").verdict != "disputed"
    assert [(q.value, q.unit) for q in read("It cost £4.55m").quantities] == [(4550000.0, "GBP")]


def test_a_column_whose_cells_write_percentages_holds_a_share(tmp_path):
    polls = "pollster,labour,conservative\nmarktest,44.0%,35.0%\naximage,40.0%,38.0%\n"
    check = one_table(tmp_path, "polls", polls, "Election: opinion polls")
    # The header names no share; its cells do ("44.0%").
    assert check("Marktest gave Labour 44.0%").verdict == "supported"
    assert check("Aximage gave the Conservatives 35.0%").verdict == "disputed"


def test_number_one_of_the_title_and_weeks_in_a_column_of_weeks(tmp_path):
    singles = (
        "issue_date,weeks_on_top,song,artist\n16 december 1968,4,wichita lineman,glen campbell\n"
        "13 january,1,soulful strut,young - holt unlimited\n24 march,1,dizzy,tommy roe\n"
    )
    check = one_table(tmp_path, "singles", singles, "List of number-one singles of 1969 (Canada)")
    # "number one" is the title's "number-one", no figure; "four weeks" is read in the weeks column.
    assert check("Wichita Lineman by Glen Campbell was number one for four weeks").verdict == "supported"
    assert check("Dizzy by Tommy Roe was number one for three weeks").verdict == "disputed"


def test_the_first_round_is_round_one_and_a_finn_is_from_finland(tmp_path):
    draft = (
        "round,pick,player,nationality\n1,1,ann lee,canada\n1,9,bo ray,canada\n1,16,cy dee,canada\n"
        "4,64,di fox,canada\n5,85,ed orr,finland\n"
    )
    check = one_table(tmp_path, "draft", draft, "Season: draft picks")
    # "the first round": the rows of round 1, not the first rows of the table.
    assert check("Three players were drafted in the first round").verdict == "supported"
    assert check("Four players were drafted in the first round").verdict == "disputed"
    assert check("Ed Orr, a Finn, was picked in the fifth round").verdict == "supported"


def test_a_number_inside_a_cell_the_claim_names_is_no_figure_of_another_column(tmp_path):
    polls = (
        "date,institute,social_democratic,socialist,lead\nmarch 17,election results,40.2% 105 seats,37.8% 96 seats,2.4%\n"
        "march 15,marktest,44.0%,35.0%,9.0%\n"
    )
    check = one_table(tmp_path, "polls", polls, "Election: opinion polls and results")
    # "105 seats" is the cell's own ("40.2% 105 seats"), never a lead of 105.
    assert check("The Social Democrats won 40.2% of the vote and 105 seats").verdict != "disputed"


def test_a_draft_place_is_the_pick_and_the_second_round_is_no_place(tmp_path):
    draft = "round,pick,player\n1,9,ann lee\n1,16,bo ray\n2,40,cy dee\n"
    check = one_table(tmp_path, "draft", draft, "Season: draft picks")
    # "drafted 16th": the pick, a place in the draft's order; "in the second round": round 2.
    assert check("Bo Ray was drafted 16th").verdict == "supported"
    assert check("Bo Ray was drafted 15th").verdict == "disputed"
    assert check("Cy Dee was drafted in the second round").verdict == "supported"


def test_a_single_is_one_and_no_other_is_no_quantifier_over_the_rows(tmp_path):
    medals = "rank,nation,gold,silver,bronze,total\n1,israel,228,194,172,594\n2,chile,0,0,1,1\n3,peru,0,0,1,1\n4,cuba,0,1,0,1\n"
    check = one_table(tmp_path, "medals", medals, "Games: medal table")
    # "a single bronze medal": one, in the bronze column.
    assert check("Two nations won a single bronze medal").verdict == "supported"
    assert check("Three nations won a single bronze medal").verdict == "disputed"
    # "no other medal" bounds a column; it is no "none of the rows", never disputed as one.
    assert check("Two nations won a single bronze medal and no other medal").verdict != "disputed"


def test_a_column_in_millions_scales_its_cells_in_a_rows_lookup(tmp_path):
    stations = (
        "rank,railway_station,total_passengers_millions,location\n1,waterloo,103.534,london\n"
        "2,victoria,85.38,london\n3,leeds,27.659,leeds\n"
    )
    check = one_table(tmp_path, "stations", stations, "Busiest railway stations")
    # 103.534 in a column "in millions" is 103,534,000: "103.5 million" rounds it.
    assert check("Waterloo had 103.5 million passengers").verdict == "supported"
    assert check("Victoria had 95.4 million passengers").verdict == "disputed"
    # Read cell by cell too, where a word ("busiest") leaves the claim unchecked: never disputed.
    assert (
        check("Waterloo was Britain's busiest station, with 103.5 million passengers in 2011-12").verdict != "disputed"
    )
    # "top" and "leading" are superlatives like "busiest": a cell bears out the figure, not them.
    assert check("Victoria, Britain's top station, had 85.4 million passengers").verdict == "unverifiable"
    assert check("Victoria, Britain's leading station, had 85.4 million passengers").verdict == "unverifiable"


def test_two_rows_compared_each_with_a_value_said_beside_it(tmp_path):
    stadiums = (
        "rank,stadium,capacity,city\n1,o2 arena,17000,prague\n2,nokia arena,11700,tel aviv\n3,las ventas,21000,madrid\n"
    )
    check = one_table(tmp_path, "stadiums", stadiums, "Tennis stadiums by capacity")
    # "holds" names capacity, the one noun it goes with; "in Tel Aviv" is the Nokia Arena's own.
    found = check("The O2 Arena in Prague holds more than the Nokia Arena in Tel Aviv")
    assert found.verdict == "supported", found.explanation
    assert check("The Nokia Arena in Tel Aviv holds more than the O2 Arena in Prague").verdict == "disputed"
    # A value said beside the row that does not hold it: no comparison, and no lookup's dispute.
    assert check("The O2 Arena in Madrid holds more than the Nokia Arena").verdict == "unverifiable"
    assert check("The O2 Arena holds more than the Nokia Arena in Prague").verdict == "unverifiable"


HEATS = (
    "heat,lane,name,nationality,time\n4,3,alicia coutts,australia,2:11.55\n4,4,katie hoff,united states,2:11.58\n"
    "3,4,natalie coughlin,united states,2:11.63\n5,3,hannah miley,great britain,2:11.72\n"
    "5,4,stephanie rice,australia,2:12.07\n3,3,keri payne,great britain,2:12.78\n1,5,maroua mathlouthi,tunisia,dns\n"
)


def test_race_times_are_read_as_seconds_and_the_fastest_is_the_lowest(tmp_path):
    check = one_table(tmp_path, "heats", HEATS, "Swimming, women's 200 metre medley: heats")
    # "2:11.85" is a time, in the column of times; "swam" is a verb of the title's swimming.
    assert check("Hannah Miley of Great Britain clocked 2:11.72").verdict == "supported"
    assert check("Katie Hoff swam 2:11.85 in her heat").verdict == "disputed"
    assert check("Two Australians swam in the heats").verdict == "supported"
    # Less of a time is faster: the fastest is the lowest, "faster than" less; the row that did not
    # start ("dns") has no time and is out of the order, not an unknown that might be first.
    found = check("Hannah Miley was the fourth fastest")
    assert found.verdict == "supported" and "2:11.72" in found.explanation, found.explanation
    assert check("Hannah Miley was the third fastest").verdict == "disputed"
    assert check("Alicia Coutts set the fastest time, 2:11.55").verdict == "supported"
    assert check("Katie Hoff set the fastest time").verdict == "disputed"
    assert check("Keri Payne was the slowest").verdict == "supported"
    assert check("Natalie Coughlin was faster than Stephanie Rice").verdict == "supported"
    assert check("Stephanie Rice was faster than Natalie Coughlin").verdict == "disputed"
    # Over a column of change, the fastest is the highest.
    growth = "airport,passengers,change\nmanaus,2080342,23.1\nrecife,4188081,5.9\nbelem,2119552,19.3\n"
    grown = one_table(tmp_path / "growth", "growth", growth, "Busiest airports")
    assert grown("Manaus grew the fastest").verdict == "supported"
    assert grown("Recife grew the fastest").verdict == "disputed"


def test_a_value_said_after_a_name_describes_the_row_and_does_not_narrow_the_pool(tmp_path):
    check = one_table(tmp_path, "heats", HEATS, "Swimming, women's 200 metre medley: heats")
    # "of Great Britain" says who Hannah Miley is; the fastest is over every swimmer, not the British.
    assert check("Hannah Miley of Great Britain set the fastest time").verdict == "disputed"
    assert check("Alicia Coutts of Australia set the fastest time").verdict == "supported"
    # Said as the rows it is among, it narrows them.
    assert check("Among the British swimmers, Hannah Miley set the fastest time").verdict == "supported"


def test_a_race_time_that_differs_disputes_whatever_else_the_claim_says(tmp_path):
    rowing = "rank,athlete,time\n1,ondrej synek,6:50.23\n2,tim maeyens,6:52.70\n3,peter hardcastle,7:00.09\n"
    check = one_table(tmp_path, "rowing", rowing, "Rowing, single sculls: heat 1")
    # The time is the row's whatever "won the heat" says; that part is not read, so an agreeing
    # time decides nothing.
    assert check("Tim Maeyens won the heat in 6:50.23").verdict == "disputed"
    assert check("Ondrej Synek won the heat in 6:50.23").verdict != "disputed"
    # The winner's time among gaps to it ("+ 5.294") is a text cell, the row's own.
    race = (
        "driver,laps,time_retired\nmichael schumacher,53,1:14:19.838\njuan pablo montoya,53,+ 5.294\n"
        "rubens barrichello,53,+ 11.835\n"
    )
    gp = one_table(tmp_path / "gp", "gp", race, "Italian Grand Prix: race")
    assert gp("Juan Pablo Montoya won in 1:14:19.838").verdict == "disputed"


def test_a_verb_counts_only_beside_a_noun_the_table_names(tmp_path):
    standings = "pos,driver,starts,finishes,wins\n1,sebastien loeb,13,11,5\n2,mikko hirvonen,13,12,2\n"
    check = one_table(tmp_path, "wrc", standings, "World Rally Championship: drivers")
    # "finished" names the finishes column itself, before the places its verb goes with (pos).
    assert check("Loeb finished 11 rallies").verdict == "supported"
    assert check("Loeb finished 13 rallies").verdict == "disputed"
    # "times" of "five times" states nothing, and brings no verb of its own: "finished" is unread.
    assert check("Loeb finished all 13 rallies he started").verdict != "supported"


def test_largest_and_smallest_measure_a_things_size(tmp_path):
    stadiums = (
        "rank,stadium,capacity,city,country\n1,sevilla,27200,seville,spain\n2,belgrade arena,23000,belgrade,serbia\n"
        "3,las ventas,21000,madrid,spain\n4,palau sant jordi,16500,barcelona,spain\n5,idrottens hus,2400,helsingborg,sweden\n"
    )
    check = one_table(tmp_path, "stadiums", stadiums, "Tennis stadiums by capacity")
    # A stadium's size is its capacity (tables.toml superlative_measures).
    assert check("The largest stadium in Spain is Sevilla").verdict == "supported"
    assert check("The largest stadium in Spain is Palau Sant Jordi").verdict == "disputed"
    # Each value alone names the row: the stadium is the one the claim is about, its city said of it.
    assert check("The smallest stadium, Idrottens Hus in Helsingborg, seats 2,400").verdict == "supported"
    assert check("The smallest stadium, Las Ventas in Madrid, seats 21,000").verdict == "unverifiable"
    provinces = "province,population,area\ncamaguey,784178,14134\ncienfuegos,395183,4149\nholguin,1037161,9215\n"
    cuba = one_table(tmp_path / "cuba", "provinces", provinces, "Provinces of Cuba")
    # Two measures of size: which one, the claim must say.
    assert cuba("Camaguey is the largest province").verdict == "unverifiable"
    assert cuba("Camaguey is the largest province by area").verdict == "supported"
    # A figure of millions is no share: the share column is not what "the largest population" means.
    shares = "country,projection,pct_of_pop\negypt,84605000,22.81\nalgeria,38295000,10.32\n"
    arab = one_table(tmp_path / "arab", "arab", shares, "Arab countries by population")
    assert arab("Egypt had the largest population, 84.6 million").verdict != "disputed"


def test_speed_over_a_column_that_says_no_direction_decides_nothing(tmp_path):
    heats = "name,reaction,wind,result\nann lee,0.172,0.5,12.43\nbo ray,0.240,1.1,12.62\ncy dee,0.140,0.2,12.70\n"
    check = one_table(tmp_path, "heats", heats, "Athletics, 100 metres hurdles: semi-finals")
    # A reaction is a time: the slowest is the highest.
    assert check("Bo Ray had the slowest reaction").verdict == "supported"
    assert check("Cy Dee had the slowest reaction").verdict == "disputed"
    # "the fastest wind": nothing says whether more wind is faster.
    assert check("Bo Ray had the fastest wind").verdict == "unverifiable"


def test_a_count_out_of_the_titles_set_and_of_their_games(tmp_path):
    ports = "rank,port,region,containers\n1,northport,north,5200\n2,eastport,east,4100\n3,southport,north,3900\n4,westport,west,1200\n"
    check = one_table(tmp_path, "ports", ports, "Busiest container ports")
    # "the four busiest ports" in a list of the four busiest: the table, its title's superlative.
    assert check("Two of the four busiest ports are in the north").verdict == "supported"
    assert check("Three of the four busiest ports are in the north").verdict == "disputed"
    # "the three busiest" of four: the top three, a rank the count does not read.
    assert check("Two of the three busiest ports are in the north").verdict == "unverifiable"
    games = "week,opponent,result\n1,frankfurt,w 14 - 7\n2,rhein,l 6 - 28\n3,amsterdam,w 9 - 7\n"
    season = one_table(tmp_path / "season", "season", games, "1997 London Monarchs season: schedule")
    # "of their three games": the set the count is out of.
    assert season("The Monarchs won two of their three games").verdict == "supported"
    assert season("The Monarchs lost two of their three games").verdict == "disputed"


def test_a_score_picks_the_game_among_the_few_against_one_side(tmp_path):
    games = (
        "week,opponent,final_score,game_site\n1,frankfurt galaxy,w 14 - 7,stamford bridge\n"
        "5,scottish claymores,w 16 - 8,stamford bridge\n7,frankfurt galaxy,l 7 - 31,waldstadion\n"
        "9,scottish claymores,w 10 - 9,murrayfield\n"
    )
    check = one_table(tmp_path, "season", games, "1997 London Monarchs season: schedule")
    # Two games against each side: the score says which one the claim is about.
    assert check("The Monarchs beat the Scottish Claymores 10-9").verdict == "supported"
    assert check("The Monarchs lost to Frankfurt Galaxy 7-31").verdict == "supported"
    assert check("The Monarchs beat Frankfurt Galaxy 7-31").verdict == "disputed"
    # Neither game has it: disputed, with both games' scores.
    found = check("The Monarchs beat the Scottish Claymores 10-8")
    assert found.verdict == "disputed" and "w 16 - 8; w 10 - 9" in found.explanation, found.explanation


def test_candidates_with_their_shares_in_a_column_beside_and_first_elected(tmp_path):
    house = (
        "district,incumbent,party,elected,candidates,results\n"
        "washington 6,norm dicks,democrat,1976,norm dicks (d) (cw) doug cloud (r) (cw),67% 33%\n"
        "washington 7,jim mcdermott,democrat,1988,jim mcdermott (d) (cw) steve beren (r) (cw),84% 16%\n"
        "washington 8,dave reichert,republican,2004,dave reichert (r) (cw) darcy burner (d) (cw),53% 47%\n"
    )
    check = one_table(tmp_path, "house", house, "House elections in Washington, 2008")
    # The shares are the results column's, in the order the candidates are listed.
    assert check("Jim McDermott won 84% of the vote").verdict == "supported"
    assert check("Darcy Burner took 37% of the vote").verdict == "disputed"
    found = check("Dave Reichert won with 57% of the vote")
    assert found.verdict == "disputed" and "darcy burner 47%" in found.explanation, found.explanation
    # "first elected" beside a column "elected": when, no first of the rows.
    assert check("Norm Dicks was first elected in 1976").verdict == "supported"
    assert check("Jim McDermott was first elected before Norm Dicks").verdict == "disputed"


def test_the_measure_a_title_orders_by_and_a_figure_no_share_holds(tmp_path):
    arab = (
        "rank,country,july_1_2013_projection,pct_of_pop\n1,egypt,84605000,22.81\n2,algeria,38295000,10.32\n"
        "3,iraq,35404000,9.54\n"
    )
    title = "List of Arab countries by population: July 1, 2013 projection"
    check = one_table(tmp_path, "arab", arab, title)
    # "by population": the column whose header the title repeats is the population.
    assert check("Egypt had the largest population, 84.6 million").verdict == "supported"
    assert check("Algeria had the largest population").verdict == "disputed"
    # Millions are no share ("% of pop"): the figure is read in the population.
    assert check("Iraq had a population of 35.4 million").verdict == "supported"
    assert check("Iraq had a population of 36.4 million").verdict == "disputed"
    # A title that names no measure by "by" gives none.
    plain = one_table(tmp_path / "plain", "arab", arab, "Arab countries: July 1, 2013 projection")
    assert plain("Egypt had the largest population, 84.6 million").verdict == "unverifiable"


def test_won_her_heat_is_first_among_the_rows_of_her_own_heat(tmp_path):
    check = one_table(tmp_path, "heats", HEATS, "Swimming, women's 200 metre medley: heats")
    # Heat 5: Hannah Miley 2:11.72 ahead of Stephanie Rice 2:12.07, by the column of times.
    assert check("Hannah Miley won her heat").verdict == "supported"
    found = check("Stephanie Rice won her heat")
    assert found.verdict == "disputed" and "heat 5 won by hannah miley" in found.explanation, found.explanation
    assert check("Alicia Coutts won her heat in 2:11.55").verdict == "supported"
    assert check("Alicia Coutts won her heat in 2:11.65").verdict == "disputed"
    # A place column ranks the whole table, not a heat: "won her heat" is not its first place.
    ranked = "rank,heat,name,time\n1,4,ann lee,2:11.55\n2,5,bo ray,2:11.72\n3,5,cy dee,2:12.07\n"
    check = one_table(tmp_path / "ranked", "ranked", ranked, "Swimming, 200 metre medley: heats")
    assert check("Bo Ray won her heat").verdict == "supported"
    assert check("Cy Dee won her heat").verdict == "disputed"


def test_an_m_in_a_header_is_metres_beside_a_length_and_millions_otherwise(tmp_path):
    ratings = (
        'episode,air_date,season,rating,viewers_m\ni knew you when,"october 1 , 2008",2009,2.8,4.54\n'
        'tami knows best,"october 8 , 2008",2009,2.5,3.96\n'
    )
    check = one_table(tmp_path, "ratings", ratings, "Friday Night Lights: ratings")
    # "viewers (m)": 4.54 there is 4,540,000.
    assert check("I Knew You When drew 4.54 million viewers").verdict == "supported"
    assert check("Tami Knows Best drew 4.96 million viewers").verdict == "disputed"
    # The year of a date a row holds is the date's, not the season's.
    assert check("I Knew You When aired on October 1, 2008").verdict == "supported"
    assert check("I Knew You When aired on October 8, 2008").verdict != "supported"
    peaks = "peak,elevation_m,prominence_m,isolation_km\ngaldhopiggen,2469,2372,1570\nsnohetta,2286,1675,83\n"
    mountains = one_table(tmp_path / "m", "peaks", peaks, "Mountains in Norway by prominence")
    # "elevation (m)": metres, and "a prominence of 2,372 metres" is the prominence's, never the
    # kilometres of isolation.
    assert mountains("Galdhopiggen has a prominence of 2,372 metres").verdict == "supported"
    assert mountains("Snohetta has a prominence of 1,775 metres").verdict == "disputed"
    assert mountains("Galdhopiggen is the highest peak, at 2,469 metres").verdict != "disputed"


def test_the_verbs_of_a_director_a_year_and_a_location_and_a_venue_by_other_names(tmp_path):
    films = "year,title,director,result\n1985,oriana,fina torres,not nominated\n1995,sicario,jose novoa,not nominated\n2000,oro diablo,jose novoa,not nominated\n"
    check = one_table(tmp_path, "films", films, "Venezuelan submissions for the Academy Award")
    assert check("Jose Novoa directed two of the submissions").verdict == "supported"
    assert check("Fina Torres directed two of the submissions").verdict == "disputed"
    towers = "rank,name,floors,year\n1,plaza tower,22,1990\n2,hyatt regency,21,1990\n3,compass bank building,18,1966\n"
    built = one_table(tmp_path / "b", "towers", towers, "Tallest buildings in Albuquerque")
    assert built("The Compass Bank Building was completed in 1966").verdict == "supported"
    assert built("Two of the buildings were completed in 1990").verdict == "supported"
    assert built("Three of the buildings were built in 1990").verdict == "disputed"
    teams = 'team,location,venue,capacity\ndinamo minsk,minsk,"dinamo , minsk",41040\nbate,borisov,city stadium,5500\nslavia,mozyr,yunost,5500\n'
    league = one_table(tmp_path / "l", "teams", teams, "Premier League: teams and venues")
    # A venue is a stadium, a ground, an arena.
    assert league("Dinamo Minsk's stadium holds 41,040").verdict == "supported"
    assert league("Slavia's ground holds more than Dinamo Minsk's").verdict == "disputed"
    assert league("BATE are based in Borisov").verdict == "supported"


def test_a_measure_in_two_units_is_read_in_either(tmp_path):
    towers = (
        "rank,name,height_ft_m,floors\n1,plaza tower,351 / 107,22\n2,hyatt regency,256 / 78,21\n"
        "3 =,gold building,203 / 62,14\n3 =,simms building,203 / 62,13\n5,pnm building,184 / 56,12\n"
    )
    check = one_table(tmp_path, "towers", towers, "Tallest buildings", '[columns]\nheight_ft_m = "height ft / m"\n')
    # "height ft / m" over "351 / 107": a height in feet and one in metres.
    assert check("The Plaza Tower is 351 feet tall").verdict == "supported"
    assert check("The Plaza Tower is 361 feet tall").verdict == "disputed"
    assert check("The Plaza Tower stands 107 metres").verdict == "supported"
    assert check("The Hyatt Regency is the tallest building").verdict == "disputed"
    # "3 =": a place shared, still the third.
    assert check("The PNM Building is the fifth-tallest building").verdict == "supported"
    # Two numbers in a column that names no two units are no measure ("apps / goals").
    apps = one_table(tmp_path / "a", "apps", "player,apps_goals\nann lee,30 / 5\nbo ray,12 / 1\n", "Squad")
    assert apps("Ann Lee scored 30 goals").verdict != "supported"
    peaks = "peak,elevation_m,prominence_m\ngaldhopiggen,2469,2372\nsnohetta,2286,1675\n"
    mountains = one_table(tmp_path / "m", "peaks", peaks, "Mountains in Norway by prominence")
    # "the highest peak": its elevation, where the claim names no measure.
    assert mountains("Galdhopiggen is the highest peak, at 2,469 metres").verdict == "supported"
    assert mountains("Snohetta is the highest peak").verdict == "disputed"


def test_dates_with_short_months_spans_still_open_and_a_number_word_of_a_name(tmp_path):
    polls = (
        "polling_firm,date,venstre,social_democrats\ncapacent,26 feb 2010,22.1%,26.3%\ncapacent,31 mar 2010,23.7%,26.7%\n"
        "gallup,7 jan 2011,24.3%,31.3%\n"
    )
    check = one_table(tmp_path, "polls", polls, "Danish general election, 2011: opinion polls")
    # "26 February 2010" is the row of "26 feb 2010" (a month and its short form are one word).
    assert check("Capacent put the Social Democrats at 26.3% on 26 February 2010").verdict == "supported"
    assert check("Capacent put the Social Democrats at 26.3% on 31 March 2010").verdict == "disputed"
    books = (
        "book_series,author,original_language,first_published,approximate_sales\n"
        "fear street,r l stine,english,1989 - present,80 million\n"
        "fifty shades of grey,e l james,english,2011 - 2012,70 million\n"
        "winnie the pooh,a a milne,english,1926 - 1928,70 million\nmiffy,dick bruna,dutch,1955 - present,85 million\n"
    )
    series = one_table(tmp_path / "b", "books", books, "Best-selling book series")
    # "sold ... copies": the sales; "originally": the original language.
    assert series("Fear Street has sold 80 million copies").verdict == "supported"
    assert series("Fear Street has sold 90 million copies").verdict == "disputed"
    assert series("Miffy was originally written in Dutch").verdict == "supported"
    # "Fifty" of "Fifty Shades of Grey" is the name's, no figure; "1955 - present" is a span of years.
    assert series("Fifty Shades of Grey was first published in 2011").verdict == "supported"
    assert series("Fifty Shades of Grey was first published in 2009").verdict == "disputed"
    assert series("Miffy was first published in 1965").verdict == "disputed"
    # A year inside a span, not its first, where the column does not say the first: no dispute.
    spans = one_table(tmp_path / "s", "spans", books.replace("first_published", "years_published"), "Book series")
    assert spans("Winnie the Pooh was published in 1928").verdict != "disputed"


def test_a_party_a_column_named_with_its_demonym_and_letter(tmp_path):
    polls = (
        "polling_firm,date,venstre_v,danish_people_s_party_o,conservative_people_s_party_c\n"
        "2007 election,13 nov 2007,26.2%,13.9%,10.4%\ncapacent,26 feb 2010,22.1%,14.5%,11.6%\n"
    )
    sidecar = (
        '[columns]\nvenstre_v = "venstre (v)"\ndanish_people_s_party_o = "danish people\'s party (o)"\n'
        'conservative_people_s_party_c = "conservative people\'s party (c)"\n'
    )
    check = one_table(tmp_path, "polls", polls, "Danish general election, 2011: opinion polls", sidecar)
    # "won" in an election; "Danish" names the party's column as "danish"; "(o)" is no word to say.
    assert check("In the 2007 election, Venstre won 26.2%").verdict == "supported"
    assert check("The Danish People's Party won 13.9% in the 2007 election").verdict == "supported"
    assert check("The Danish People's Party won 15.9% in the 2007 election").verdict == "disputed"


def test_votes_in_one_row_and_shares_in_the_next(tmp_path):
    boroughs = (
        "candidate,party,manhattan,the_bronx,total,pct\n"
        "john p o'brien,democratic,308944,181639,1056115,53.2%\njohn p o'brien,democratic,60.8%,52.0%,1056115,53.2%\n"
        "lewis h pounds,republican,116729,48366,443901,22.4%\nlewis h pounds,republican,23.0%,13.9%,443901,22.4%\n"
        "morris hillquit,socialist,40011,68980,249887,12.6%\nmorris hillquit,socialist,7.9%,19.8%,249887,12.6%\n"
    )
    check = one_table(tmp_path, "nyc", boroughs, "New York City mayoral election, 1932: votes by borough")
    # A share is read in the row of shares, a count in the row of votes; both rows agree on the total.
    assert check("O'Brien won 60.8% of the vote in Manhattan").verdict == "supported"
    assert check("Hillquit won 10.8% of the vote in the Bronx").verdict == "disputed"
    assert check("O'Brien won 308,944 votes in Manhattan").verdict == "supported"
    assert check("O'Brien took 53.2% of the vote").verdict == "supported"
    # "than Pounds" is Lewis H Pounds, not the "h" of Hillquit.
    assert check("Hillquit won more votes in the Bronx than Pounds").verdict == "supported"
    assert check("Pounds won more votes in the Bronx than Hillquit").verdict == "disputed"
    assert check("Hillquit won a larger share of the vote in the Bronx than Pounds").verdict == "supported"


def test_a_value_two_columns_hold_alike_a_letter_of_a_name_and_an_ordinal_of_a_column(tmp_path):
    films = (
        "year,original_title,title_used,director\n1985,oriana,oriana,fina torres\n"
        "1995,sicario,sicario,jose novoa\n2010,hermano,hermano,marcel rasquin\n"
    )
    check = one_table(tmp_path, "films", films, "Venezuelan submissions for the Academy Award")
    # "Oriana" is both titles of one row: the same row, whichever column is meant.
    assert check("Oriana was directed by Fina Torres").verdict == "supported"
    assert check("Sicario was directed by Fina Torres").verdict == "disputed"
    entries = "driver,entrant,chassis\nbob gerard,bob gerard,era b\ncuth harrison,cuth harrison,era e\n"
    race = one_table(tmp_path / "e", "entries", entries, "British Grand Prix: entries")
    # "ERA E" is a chassis with its letter, not "ERA" with a letter to spare.
    assert race("Bob Gerard drove an ERA B").verdict == "supported"
    assert race("Bob Gerard drove an ERA E").verdict != "supported"
    clubs = (
        "club,position_in_2012,first_season_in_top_division,first_season_of_current_spell\nflora,3rd,1992,1992\n"
        'infonet,"1st , ( esiliiga )",2013,2013\ninfonet,"1st , ( esiliiga )",2013,2013\nnomme kalju,1st,2008,2008\n'
    )
    league = one_table(tmp_path / "c", "clubs", clubs, "Meistriliiga 2013: clubs")
    # "first" of "first season in the top division" is the column's word, no first place.
    assert league("Infonet's first season in the top division was 2013").verdict == "supported"
    assert league("Flora's first season in the top division was 1995").verdict != "supported"


def test_a_count_of_the_rows_with_some_of_a_column(tmp_path):
    medals = "nation,gold,silver,bronze,total\nukraine,4,0,1,5\nrussia,2,3,0,5\nhungary,0,1,3,4\nwales,0,0,1,1\n"
    check = one_table(tmp_path, "medals", medals, "Boxing championships: medal table")
    # "won gold medals": the rows with more than none.
    assert check("Two nations won gold medals").verdict == "supported"
    assert check("Three nations won gold medals").verdict == "disputed"
    assert check("Three nations won bronze medals").verdict == "supported"


def test_a_place_read_from_the_order_of_a_column_the_rows_are_sorted_by(tmp_path):
    vault = (
        "athlete,nationality,result\nbob richards,united states,4.55 or\ndon laz,united states,4.50\n"
        "ragnar lundberg,sweden,4.40\npetro denysenko,soviet union,4.40\nvalto olenius,finland,4.30\n"
    )
    check = one_table(tmp_path, "vault", vault, "Athletics, men's pole vault: final")
    # No place column; the rows stand in the order of the results, best first.
    assert check("Don Laz finished second with 4.50").verdict == "supported"
    assert check("Don Laz finished third with 4.50").verdict == "disputed"
    assert check("Don Laz finished second with 4.40").verdict == "disputed"
    # A place shared by equal results decides nothing.
    assert check("Ragnar Lundberg finished third with 4.40").verdict == "unverifiable"
    # Rows not in the column's order give no place.
    shuffled = vault.replace("don laz,united states,4.50\n", "").replace("valto olenius,finland,4.30\n", "")
    shuffled += "don laz,united states,4.50\n"
    unordered = one_table(tmp_path / "u", "vault", shuffled, "Athletics, men's pole vault: final")
    assert unordered("Don Laz finished second with 4.50").verdict == "unverifiable"


def test_those_taking_part_of_a_row_named_by_any_value(tmp_path):
    songs = "draw,language,artist,place,points\n01,serbian,baby doll,21,1\n02,icelandic,stefan & eyfi,15,26\n03,english,georgina,6,106\n"
    check = one_table(tmp_path, "songs", songs, "Eurovision Song Contest 1991: results")
    # "the Icelandic entry": the row of the Icelandic song, "entry" no condition of its own.
    assert check("The Icelandic entry finished 15th").verdict == "supported"
    assert check("The Icelandic entry finished 14th").verdict == "disputed"


def test_a_season_said_as_two_years_names_the_column_of_that_season(tmp_path):
    stations = (
        "rank,railway_station,total_passengers_millions_2011_12\n1,london waterloo,103.534\n2,london victoria,85.38\n"
        "3,london bridge,61.376\n"
    )
    check = one_table(tmp_path, "stations", stations, "List of busiest railway stations in Great Britain")
    # "in 2011-12": 2011 and the next year, the season of the column.
    found = check("London Waterloo was Britain's busiest station, with 103.5 million passengers in 2011-12")
    assert found.verdict == "supported", found.explanation
    assert check("London Victoria was Britain's busiest station, with 85.4 million passengers in 2011-12").verdict == (
        "disputed"
    )


def test_did_not_start_and_did_not_finish_are_the_cells_that_say_so(tmp_path):
    check = one_table(tmp_path, "heats", HEATS, "Swimming, women's 200 metre medley: heats")
    # "did not start": the row's "dns" (tables.toml no_result_said).
    assert check("Maroua Mathlouthi of Tunisia did not start").verdict == "supported"
    found = check("Katie Hoff did not start")
    assert found.verdict == "disputed" and "2:11.58" in found.explanation, found.explanation


def test_a_row_its_number_names_and_the_verbs_of_a_company(tmp_path):
    # Stages numbered, with a few labels among them ("1a", "final").
    stages = (
        "stage,winner,general_classification\n1a,endrio leoni,endrio leoni\n"
        + "".join(f"{n},rider {n},evgeni berzin\n" for n in range(2, 13))
        + "13,michele bartoli,evgeni berzin\n14,marco pantani,evgeni berzin\n15,marco pantani,evgeni berzin\n"
        + "final,final,evgeni berzin\n"
    )
    check = one_table(tmp_path, "stages", stages, "1994 Giro d'Italia: stage winners and classification leaders")
    # "stage 13" names the row; its winner is what differs.
    found = check("Marco Pantani won stage 13")
    assert found.verdict == "disputed" and "michele bartoli" in found.explanation, found.explanation
    assert check("Marco Pantani won stage 14").verdict == "supported"
    companies = "rank,name,headquarters,employees\n1,sinopec,beijing,681900\n2,baosteel,shanghai,91308\n3,saic motor,shanghai,72416\n"
    china = one_table(tmp_path / "c", "companies", companies, "List of the largest companies of China")
    assert china("Baosteel employed 91,308 people").verdict == "supported"
    assert china("Two of the companies are based in Shanghai").verdict == "supported"
    assert china("Three of the companies are headquartered in Shanghai").verdict == "disputed"


def test_a_tennis_surface_said_with_its_court(tmp_path):
    titles = (
        "date,tournament,surface,partner\naug 08 2005,moscow,clay,olga panova\nfeb 16 2009,surprise,hard,jorgelina cravero\n"
        "aug 03 2009,moscow,clay,arina rodionova\n"
    )
    check = one_table(tmp_path, "titles", titles, "Ekaterina Ivanova (tennis): doubles titles")
    assert check("Ivanova won two titles on clay courts").verdict == "supported"
    assert check("Ivanova won two titles on hard courts").verdict == "disputed"


# Made-up hurdlers: lanes 2 to 5, no place column.
HURDLES = (
    "lane,name,nationality,reaction,time\n4,ann alder,kenya,0.171,12.61\n2,bea birch,norway,0.142,12.70\n"
    "5,cleo cedar,kenya,0.158,12.70\n3,dora dale,chile,0.201,12.85\n"
)


def test_a_number_after_a_column_of_labels_names_the_row_there(tmp_path):
    check = one_table(tmp_path, "final", HURDLES, "Women's 100 metres hurdles: the final")
    # Lanes 2 to 5, each a row's own: "lane 3" is the lane, not a figure to place.
    assert check("Dora Dale ran in lane 3").verdict == "supported"
    found = check("Bea Birch ran in lane 3")
    assert found.verdict == "disputed" and "lane 2" in found.explanation, found.explanation


def test_a_place_without_a_figure_is_the_order_of_the_race_result(tmp_path):
    check = one_table(tmp_path, "final", HURDLES, "Women's 100 metres hurdles: the final")
    # No place column: the rows' order by time, fewer seconds first; never by reaction.
    assert check("Dora Dale finished fourth").verdict == "supported"
    found = check("Ann Alder finished second")
    assert found.verdict == "disputed" and "1st of 4 by time" in found.explanation, found.explanation
    # Two rows with one time: the table does not say who was ahead.
    assert check("Bea Birch finished second").verdict == "unverifiable"


def test_a_figure_in_seconds_and_the_column_a_word_before_another_names(tmp_path):
    check = one_table(tmp_path, "final", HURDLES, "Women's 100 metres hurdles: the final")
    # "12.61 seconds" in a column "time" of plain numbers; "won the final" is first by time.
    assert check("Ann Alder won the final in 12.61 seconds").verdict == "supported"
    found = check("Ann Alder won the final in 12.66 seconds")
    assert found.verdict == "disputed" and "12.61" in found.explanation, found.explanation
    assert check("Dora Dale won the final").verdict == "disputed"
    # "reaction time": the column "reaction", which the word before "time" names, shown as written.
    found = check("Bea Birch had a reaction time of 0.142 seconds")
    assert found.verdict == "supported" and "0.142" in found.explanation, found.explanation
    found = check("Bea Birch had a reaction time of 0.152 seconds")
    assert found.verdict == "disputed" and "gives reaction 0.142 " in found.explanation, found.explanation
    assert check("Bea Birch had the fastest reaction time").verdict == "supported"
    assert check("Ann Alder had the fastest reaction time").verdict == "disputed"


# Made-up towns in a wide table: a column a census year.
TOWNS = "rank,town,established,2010,2000,1990\n1,alton,1850,90000,60000,29000\n2,brill,1901,52000,50000,51000\n"


def test_a_wide_table_read_by_the_year_its_column_names(tmp_path):
    check = one_table(tmp_path, "towns", TOWNS, "List of towns by population: censuses 1990-2010")
    # "in 2000": the column "2000", though the table's column of years (founded) holds no 2000.
    assert check("Alton had 60,000 inhabitants in 2000").verdict == "supported"
    assert check("Brill had 60,000 inhabitants in 2000").verdict == "disputed"
    assert check("In 1990, Brill was larger than Alton").verdict == "supported"
    # Said of the column of years, the year is that column's: no row was established in 2000.
    found = check("Alton was established in 2000")
    assert found.verdict == "disputed" and "1850" in found.explanation, found.explanation
    # A column a year names holds no count a verb says: "founded in 2000" is not "some 2000".
    assert check("Alton was founded in 2000").verdict != "supported"
    # Two values of a trend, in the order of the years; a factor of change.
    assert check("Alton grew from 29,000 in 1990 to 90,000 in 2010").verdict == "supported"
    assert check("Alton grew from 29,000 in 1990 to 95,000 in 2010").verdict == "disputed"
    assert check("Alton's population more than tripled between 1990 and 2010").verdict == "supported"
    found = check("Alton's population more than tripled between 1990 and 2000")
    assert found.verdict == "disputed" and "x2.069" in found.explanation, found.explanation
    assert check("Alton's population doubled between 1990 and 2000").verdict == "supported"


# A made-up month of games whose scores put the winner first: the record tells who won.
WINNER_FIRST = (
    "game,march,opponent,score,record\n10,1,ravens,4 - 2,6 - 3 - 0\n11,3,hawks,5 - 1,6 - 4 - 0\n"
    "12,6,owls,3 - 2,7 - 4 - 0\n13,8,ravens,2 - 2,7 - 4 - 1\n14,9,foxes,6 - 0,8 - 4 - 1\n"
)


def test_a_games_outcome_read_from_the_record(tmp_path):
    check = one_table(tmp_path, "march", WINNER_FIRST, "2001-02 Comets season: March games")
    # The record's losses went up on March 3: lost 5-1, though 5 comes first.
    assert check("The Comets lost 5-1 to the Hawks on March 3").verdict == "supported"
    assert check("The Comets beat the Hawks on March 3").verdict == "disputed"
    assert check("The Comets beat the Owls 3-2 on March 6").verdict == "supported"
    assert check("The Comets tied once in March").verdict == "supported"
    assert check("The Comets tied twice in March").verdict == "disputed"
    # The first game's outcome is not known (no record before it): neither it nor a count of wins.
    assert check("The Comets beat the Ravens on March 1").verdict == "unverifiable"
    assert check("The Comets won three games in March").verdict == "unverifiable"
    # A record of three numbers is no score; "stood at" and "finished March" say it.
    assert check("The Comets' record stood at 8-4-1 at the end of March").verdict == "supported"
    found = check("The Comets finished March with a record of 8-3-1")
    assert found.verdict == "disputed", found.explanation
    # Not a score "7-4" read in the record "7 - 4 - 1", whose third number then goes unchecked.
    assert check("The Comets' record stood at 7-4-2 after game 13").verdict == "disputed"


def test_a_result_that_writes_the_outcome_is_read_before_the_record(tmp_path):
    games = (
        "game,date,team,score,record\n62,march 1,minnesota,w 90 - 79 (ot),43 - 19\n63,march 4,charlotte,w 92 - 84,44 - 19\n"
        "64,march 6,atlanta,l 80 - 87,44 - 20\n65,march 8,denver,w 101 - 87,45 - 20\n"
    )
    check = one_table(tmp_path, "march", games, "2010-11 Lakers season: March games")
    # "w 90 - 79" says the first game was won, which the record (no game before it) cannot.
    assert check("The Lakers won three of their four games in March").verdict == "supported"
    assert check("The Lakers beat Minnesota 90-79 on March 1").verdict == "supported"


# Made-up past champions in a later field: years won listed in a cell, places in "finish".
CHAMPIONS = (
    'player,country,year_s_won,total,to_par,finish\nal ames,usa,"1980 , 1985",287,-1,t15\n'
    'bo bell,wales,1991,291,+ 3,t40\ncy cole,usa,"1979 , 1984 , 1988",291,+ 3,t40\n'
    "di dunn,fiji,1983,296,+ 8,t79\n"
)


def test_a_golf_field_of_past_champions(tmp_path):
    check = one_table(tmp_path, "field", CHAMPIONS, "1995 Open Championship: past champions who made the cut")
    # "finish" holds the places ("t40": 40th, shared).
    assert check("Two past champions finished tied for 40th").verdict == "supported"
    assert check("Three past champions finished tied for 40th").verdict == "disputed"
    assert check("Di Dunn finished behind Al Ames").verdict == "supported"
    # "the lowest total": the column of totals, which the readers take for a sum's word; "former" is "past".
    assert check("Al Ames had the lowest total of the former champions, 287").verdict == "supported"
    assert check("Bo Bell had the lowest total of the former champions").verdict == "disputed"
    # Years a cell lists, said with the column's verb ("won").
    assert check("Cy Cole won the Open in 1984").verdict == "supported"
    found = check("Bo Bell won the Open in 1990")
    assert found.verdict == "disputed" and "1991" in found.explanation, found.explanation


def test_a_year_the_table_cannot_place_is_not_read(tmp_path):
    check = one_table(tmp_path, "field", CHAMPIONS, "1995 Open Championship: past champions who made the cut")
    # No column says when "champion in 1980" was: the year is left unread, not taken as said.
    assert check("Al Ames, champion in 1980 and 1986, finished tied for 15th").verdict == "unverifiable"
    # Nor is a decade with no column of years to bound ("won in the 1980s").
    assert check("Three players who won in the 1980s finished tied for 40th").verdict == "unverifiable"
    # A year the title gives is the table's own.
    assert check("In 1995, Bo Bell finished tied for 40th").verdict == "supported"
    assert check("Cy Cole, who won in 1984, finished tied for 40th in 1995").verdict == "supported"


# A made-up national final: a draw (the order of appearance) and a rank.
SELECTION = (
    "draw,song,performer,televotes,rank\n1,blue,ana,1339,3\n2,red,boris,3834,2\n3,green,cveta,681,5\n"
    "4,gold,dimo,38642,1\n5,grey,elena,725,4\n"
)


def test_a_national_final_its_entries_draw_and_last_place(tmp_path):
    check = one_table(tmp_path, "final", SELECTION, "Ruritania in the Eurovision Song Contest 1998: the national final")
    # All the rows, counted: five songs took part, not six (a count above the rows disputed too).
    assert check("Five songs took part in the national final").verdict == "supported"
    assert check("Five songs competed").verdict == "supported"
    found = check("Twenty-one songs competed in the national final")
    assert found.verdict == "disputed" and "gives 5" in found.explanation, found.explanation
    # "came last": the highest place of the rank column, with its figure.
    assert check("Cveta came last with 681 televotes").verdict == "supported"
    assert check("Cveta came last with 691 televotes").verdict == "disputed"
    assert check("Boris came last").verdict == "disputed"
    # "performed fourth": the draw, which no finishing place is ("finished fourth" is the rank).
    assert check("Dimo performed fourth").verdict == "supported"
    assert check("Dimo performed first").verdict == "disputed"
    # "performed last": the last of the draw, not the last place.
    assert check("Elena performed last").verdict == "supported"
    assert check("Cveta performed last").verdict == "disputed"
    assert check("Elena finished fourth").verdict == "supported"


def test_a_count_above_the_rows_is_of_them_only_where_its_noun_names_them(tmp_path):
    medals = "nation,gold,silver,bronze,total\nalpha,5,3,2,10\nbeta,1,4,6,11\ngamma,0,2,1,3\n"
    check = one_table(tmp_path, "medals", medals, "Games 2005: medal table")
    # 24 medals in a table of three nations: a sum of the totals, not a count of the rows.
    assert check("In all, 24 medals were awarded").verdict == "supported"
    assert check("Three nations won medals").verdict == "supported"


# Made-up House races: the candidates cell gives each one's share.
HOUSE_RACES = (
    "district,incumbent,party,first_elected,result,candidates\n"
    "state 1,amy arch,democratic,1996,re - elected,amy arch (d) 57.2% bo burr (r) 42.8%\n"
    "state 2,cal cobb,republican,2004,re - elected,cal cobb (r) 71.2% dee dale (d) 28.8%\n"
    "state 3,eve eads,democratic,1996,re - elected,eve eads (d) 53.7% fay fox (r) 46.3%\n"
    "state 4,gil gray,democratic,2006,re - elected,gil gray (d) 54.3% hal hill (r) 45.7%\n"
    "state 5,ike ives,republican,1990,re - elected,ike ives (r) unopposed\n"
)


def test_the_closest_race_and_the_largest_share_over_the_candidates(tmp_path):
    check = one_table(tmp_path, "races", HOUSE_RACES, "House elections, 2010: State")
    # The margin of each contested race, its first share less its second (the unopposed has none).
    assert check("Eve Eads had the closest race").verdict == "supported"
    found = check("Gil Gray won by the narrowest margin")
    assert found.verdict == "disputed" and "7.4 points" in found.explanation, found.explanation
    assert check("Eve Eads had the closest race, beating Fay Fox 53.7% to 46.3%").verdict == "supported"
    assert check("Eve Eads had the closest race, beating Fay Fox 53.7% to 45.3%").verdict == "disputed"
    # "won": the named candidate had the race's largest share.
    assert check("Fay Fox won by the narrowest margin").verdict == "disputed"
    # An unopposed race has the widest margin of all, or none: not read.
    assert check("Cal Cobb won by the widest margin").verdict == "unverifiable"
    assert check("Cal Cobb won the largest share of the vote, 71.2%").verdict == "supported"
    assert check("Amy Arch won the largest share of the vote").verdict == "disputed"


def test_who_has_served_longer_by_when_each_was_first_elected(tmp_path):
    check = one_table(tmp_path, "races", HOUSE_RACES, "House elections, 2010: State")
    assert check("Amy Arch has served longer than Gil Gray").verdict == "supported"
    assert check("Gil Gray has served longer than Amy Arch").verdict == "disputed"
    # First elected the same year: which has served longer, the years do not say.
    assert check("Amy Arch has served longer than Eve Eads").verdict == "unverifiable"


def test_a_record_of_overtime_losses_and_of_four_numbers(tmp_path):
    # Winner first; the third number goes up on a game lost in overtime, never on a level score.
    overtime = (
        "game,march,opponent,score,record\n1,2,ravens,3 - 1,1 - 0 - 0\n2,4,hawks,4 - 3 ot,1 - 0 - 1\n"
        "3,6,owls,2 - 1,2 - 0 - 1\n4,8,foxes,5 - 2,2 - 1 - 1\n"
    )
    check = one_table(tmp_path, "march", overtime, "2009-10 Comets season: March games")
    assert check("The Comets lost to the Hawks on March 4").verdict == "supported"
    assert check("The Comets tied the Hawks on March 4").verdict == "disputed"
    # Wins, losses, ties and overtime losses; the team's score first.
    november = (
        "game,november,opponent,score,record,points\n13,3,islanders,1 - 2,6 - 4 - 3 - 0,15\n"
        "14,8,lightning,2 - 1,7 - 4 - 3 - 0,17\n15,20,devils,3 - 3 ot,7 - 4 - 4 - 0,18\n"
        "16,29,bruins,2 - 3 ot,7 - 4 - 4 - 1,19\n"
    )
    flyers = one_table(tmp_path / "f", "november", november, "2001-02 Philadelphia Flyers season: November games")
    assert flyers("The Flyers beat the Lightning 2-1 on November 8").verdict == "supported"
    assert flyers("The Flyers beat the Devils on November 20").verdict == "disputed"
    assert flyers("The Flyers lost to the Bruins in overtime on November 29").verdict == "supported"
    assert flyers("The Flyers finished November with a record of 7-4-4-1").verdict == "supported"
    assert flyers("The Flyers finished November with a record of 7-4-3-1").verdict == "disputed"


def test_the_busiest_of_a_table_of_the_busiest_with_no_rank(tmp_path):
    airports = (
        "country,airport,city,2010,change_10_09\nnorland,north airport,nortown,18383549,0 11.4%\n"
        "souland,south airport,soutown,16148480,0 12.3%\nnorland,east airport,eastown,9486035,0 3.6%\n"
        "westland,west airport,westown,8693990,0 17.0%\n"
    )
    check = one_table(tmp_path, "airports", airports, "List of the busiest airports in Farland: passengers, 2010")
    # No rank column: the table's one measure, what the title ranks by ("busiest").
    assert check("North Airport was the busiest airport, with 18,383,549 passengers").verdict == "supported"
    assert check("South Airport was Farland's busiest airport").verdict == "disputed"
    assert check("East Airport was the third-busiest airport in Farland").verdict == "supported"
    # "busier than": the comparative of the title's superlative.
    assert check("East Airport was busier than West Airport").verdict == "supported"
    assert check("West Airport was busier than East Airport").verdict == "disputed"


def test_the_whole_a_total_row_stands_for_is_the_claims_scope(tmp_path):
    provinces = (
        "rank,province,population_2011,percentage\n1,north,12272263,52.1\n2,south,10267300,43.6\n"
        "3,east,1000000,4.3\nruritania,ruritania,23539563,100.0\n"
    )
    check = one_table(tmp_path, "provinces", provinces, "List of Ruritanian provinces by population")
    # "Ruritania's": the total row's name, the scope of the superlative beside a row of its column.
    assert check("North is Ruritania's most populous province, with 12,272,263 people").verdict == "supported"
    assert check("South is Ruritania's most populous province").verdict == "disputed"
    assert check("Ruritania's population was 23,539,563").verdict == "supported"
    # "of the country's population", "home to": a share of the whole, the population.
    found = check("South had 43.6% of the country's population")
    assert found.verdict == "supported" and found.program is not None, found.explanation
    found = check("South was home to 45.6% of Ruritanians")
    assert found.verdict == "disputed" and found.program is not None, found.explanation


# Made-up heats of an indoor championships: marks with a season's best, reactions in "react".
HEATS_60 = (
    "heat,lane,name,country,mark,react\n1,5,al aho,norway,7.57,0.159\n1,3,bo berg,peru,7.64,0.241\n"
    "1,8,cy chu,china,7.65 sb,0.147\n2,6,di dorn,chad,7.59,0.120\n2,8,ed eno,togo,7.61,0.142\n"
    "2,1,fu fan,china,7.97,0.268\n"
)


def test_a_heat_won_named_by_its_number_and_a_win_only_the_title_words(tmp_path):
    check = one_table(tmp_path, "heats", HEATS_60, "2008 World Indoor Championships, men's 60 metres hurdles: heats")
    # "won the first heat": first by the race's result (its "mark") among heat 1's rows.
    assert check("Al Aho won the first heat in 7.57").verdict == "supported"
    assert check("Al Aho won his heat in 7.57 seconds").verdict == "supported"
    found = check("Bo Berg won the first heat")
    assert found.verdict == "disputed" and "al aho" in found.explanation, found.explanation
    assert check("Di Dorn won the first heat").verdict == "disputed"  # he ran the second
    # "Championships" in the title says nothing of who won a heat: his row in heat 1 is no win.
    assert check("Bo Berg won the first heat").verdict != "supported"


def test_a_fraction_is_no_rows_number_and_a_reaction_shown_as_written(tmp_path):
    check = one_table(tmp_path, "heats", HEATS_60, "2008 World Indoor Championships, men's 60 metres hurdles: heats")
    # "of the heats" names the rows, not the heat number as a measure; "react" is a reaction.
    found = check("Di Dorn had the fastest reaction time of the heats, 0.120")
    assert found.verdict == "supported" and "0.120" in found.program.found, found.explanation
    assert check("Al Aho had the fastest reaction time of the heats, 0.159").verdict == "disputed"
    assert check("Di Dorn had a reaction time of 0.120").verdict == "supported"
    # A fraction is no heat's number, whichever check reads the claim.
    assert check("Di Dorn clocked 0.120 in his heat on Sunday").verdict == "unverifiable"
    assert check("Di Dorn's heat: 0.120").verdict == "unverifiable"


def test_a_year_that_names_a_column_is_no_figure(tmp_path):
    areas = "rank,area,population_2006_census,population_2007_estimate\n1,onka,154417,155919\n2,sali,122163,124825\n"
    check = one_table(tmp_path, "areas", areas, "List of places by population: 2006 census and 2007 estimate")
    # "at the 2006 census": the year of the column, not a second figure set against it.
    assert check("Onka had 154,417 people at the 2006 census").verdict == "supported"
    assert check("Onka had 155,417 people at the 2006 census").verdict == "disputed"
    assert check("Onka, a coastal city, had 154,417 people at the 2006 census").verdict != "disputed"


# Made-up votes on a measure by state, with a region's heading row and a note's mark ("yes1").
MEASURES = (
    "state,date,yes_vote,no_vote,vote_outcome\nwest :,west :,west :,west :,west :\n"
    "alda,1998,68% (152965),32% (71631),yes\nbora,2006,48% (574332),52% (607769),no\n"
    "bora,2008,56% (1258355),44% (980753),yes\ncora,2008,52% (7001084),48% (6401482),yes1\n"
    "south :,south :,south :,south :,south :\ndela,2005,76% (1718513),24% (536052),yes\n"
)


def test_votes_on_a_measure_by_side_and_outcome(tmp_path):
    check = one_table(tmp_path, "votes", MEASURES, "State amendments: the votes by state")
    # A cell of a share and its count is read as both; "voted against" is the no side.
    assert check("In Dela, 536,052 people voted against the amendment").verdict == "supported"
    assert check("In Dela, 536,052 people voted for the amendment").verdict == "disputed"
    found = check("Alda's amendment received 152,965 votes against")
    assert found.verdict == "disputed" and "71,631" in found.explanation, found.explanation
    assert check("Alda's amendment passed with 68% of the vote in 1998").verdict == "supported"
    assert check("Alda's amendment passed with 78% of the vote in 1998").verdict == "disputed"
    # The outcome column: "rejected", "approved"; "yes1" (a note's mark) is a yes.
    assert check("Bora voters rejected the amendment in 2006").verdict == "supported"
    assert check("Bora voters rejected the amendment in 2008").verdict == "disputed"
    assert check("Only one of the amendments was rejected").verdict == "supported"
    assert check("Cora approved its amendment in 2008").verdict == "supported"
    # "vote" names the outcome column without saying a side; "won 76% of the vote" says neither
    # side's share, so the highest is not read of the no side.
    assert check("Bora's vote was in 2006").verdict != "disputed"
    assert check("Dela's amendment won 76% of the vote, the highest share of any state").verdict != "disputed"


def test_a_yes_or_no_column_of_another_kind_is_no_outcome(tmp_path):
    measures = (
        "meas_num,passed,yes_votes,no_votes,const_amd,description\n1,no,52040,143804,yes,a lieutenant governor\n"
        "2,yes,157904,141773,no,abolishing death penalty\n3,no,84041,109643,no,a normal school\n"
        "4,yes,136842,100362,yes,prohibition\n"
    )
    check = one_table(tmp_path, "measures", measures, "Oregon ballot measures: 1914")
    # "passed" is the column "passed", not also "const_amd" (whether it amends the constitution).
    assert check("Two measures passed").verdict == "supported"
    assert check("The measure abolishing the death penalty passed").verdict == "supported"
    assert check("The lieutenant governor measure failed").verdict == "supported"
    assert check("The prohibition measure failed").verdict == "disputed"
    # With no column named for the outcome said, only one named for an outcome is read by it.
    outcomes = "measure,const_amd,outcome\nprohibition,yes,yes\nschools,no,no\nroads,yes,no\n"
    votes = one_table(tmp_path / "o", "outcomes", outcomes, "Ballot measures: 1920")
    assert votes("The roads measure was rejected").verdict == "supported"
    assert votes("The schools measure was approved").verdict == "disputed"


# A made-up referendum by county: yes and no, as counts and as shares.
REFERENDUM = (
    "county,yes,no,yes_pct,no_pct,turnout\nnorthmark,51000,49000,51.0,49.0,78.1\n"
    "southvik,30000,45000,40.0,60.0,70.2\neastby,22000,28000,44.0,56.0,65.0\nwestholm,60000,40000,60.0,40.0,80.5\n"
)


def test_a_county_voted_the_side_most_of_its_votes_were_for(tmp_path):
    check = one_table(
        tmp_path, "vote", REFERENDUM, "Ruritanian referendum on joining the union, 1972: results by county"
    )
    assert check("Southvik voted against joining the union").verdict == "supported"
    found = check("Southvik voted yes")
    assert found.verdict == "disputed" and "voted no" in found.explanation, found.explanation
    # Not "some yes votes": a county that voted no did not vote yes.
    assert check("Southvik voted for joining").verdict == "disputed"
    assert check("A majority in Northmark voted yes").verdict == "supported"
    assert check("Eastby rejected joining the union").verdict == "supported"
    assert check("Two counties voted against").verdict == "supported"
    assert check("Three counties voted no").verdict == "disputed"
    # "voted no" is a side, not "none": the no votes, a cell.
    assert check("In Southvik, 45,000 people voted no").verdict == "supported"
    assert check("In Southvik, 55,000 people voted no").verdict == "disputed"
    assert check("Southvik cast 45,000 no votes").verdict == "supported"
    assert check("Southvik cast 55,000 no votes").verdict == "disputed"


def test_a_tie_or_a_table_of_counts_alone(tmp_path):
    tied = REFERENDUM + "tieton,40000,40000,50.0,50.0,71.0\n"
    check = one_table(tmp_path, "vote", tied, "Ruritanian referendum, 1972: results by county")
    # A tie decides no side; nor is it "some yes votes".
    assert check("Tieton voted yes").verdict == "unverifiable"
    # Columns headed "yes" and "no" alone are the sides where the table has both.
    counts = "county,yes,no\nnorthmark,51000,49000\nsouthvik,30000,45000\neastby,22000,28000\n"
    plain = one_table(tmp_path / "p", "plain", counts, "Ruritanian referendum, 1972: results by county")
    assert plain("Southvik voted against").verdict == "supported"
    assert plain("Northmark voted against").verdict == "disputed"
    # "no of seats" is a number of seats, no side of a vote.
    seats = "party,no_of_seats,yes_votes\nred,12,40\nblue,90,35\n"
    numbers = one_table(tmp_path / "s", "seats", seats, "Ruritanian vote, 1972")
    assert numbers("Red voted yes").verdict == "unverifiable"


def test_a_win_by_a_margin_over_the_next_and_a_two_round_total(tmp_path):
    check = one_table(tmp_path, "final", SELECTION, "Ruritania in the Eurovision Song Contest 1998: the national final")
    # "won by": first of the rows competing, and the gap to the next (televotes 38,642 and 3,834).
    found = check("Dimo won by 34,808 televotes")
    assert found.verdict == "supported" and "won by" in found.explanation, found.explanation
    assert check("Dimo won by 3,808 televotes").verdict == "disputed"
    assert check("Boris won by 34,808 televotes").verdict == "disputed"
    # A season's games are no rows competing: "won by 3" there is a game's margin, not read so.
    games = (
        "game,date,opponent,score,points\n1,march 1,hawks,4 - 3,2\n2,march 3,owls,2 - 5,2\n3,march 6,foxes,6 - 2,4\n"
    )
    season = one_table(tmp_path / "g", "games", games, "2001-02 Comets season: games")
    assert season("The Comets won by 2 points against the Foxes").verdict != "supported"
    board = (
        "place,player,country,score,to_par\nt1,al ames,usa,69 + 70 = 139,- 5\nt1,bo bell,usa,71 + 68 = 139,- 5\n"
        "3,cy cole,spain,70 + 71 = 141,- 3\n4,di dunn,fiji,74 + 70 = 144,e\n"
    )
    golf = one_table(tmp_path / "b", "board", board, "1998 Masters Tournament: the leaderboard after the second round")
    # "a two-round total", "after two rounds": the parts of the sums and the title's round, no figures.
    assert golf("Cy Cole had a two-round total of 141").verdict == "supported"
    assert golf("Cy Cole had a two-round total of 143").verdict == "disputed"
    assert golf("Di Dunn was level par after two rounds").verdict == "supported"
    assert golf("Di Dunn was two under par after two rounds").verdict == "disputed"


def test_a_result_mark_said_in_words(tmp_path):
    check = one_table(tmp_path, "heats", HEATS_60, "2008 World Indoor Championships, men's 60 metres hurdles: heats")
    # "a season's best of 7.65": the cell "7.65 sb"; a time without the mark leaves it unread.
    assert check("Cy Chu ran a season's best of 7.65").verdict == "supported"
    assert check("Cy Chu ran a season's best of 7.66").verdict == "disputed"
    assert check("Al Aho ran a season's best of 7.57").verdict == "unverifiable"
    # "ran": the race's mark.
    assert check("Ed Eno ran 7.61").verdict == "supported"


def test_beat_is_ahead_of_where_the_rows_compete(tmp_path):
    check = one_table(tmp_path, "final", SELECTION, "Ruritania in the Eurovision Song Contest 1998: the national final")
    # Places 2 (Boris) and 3 (Ana): "beat" is placed ahead of, in a national final's rows.
    assert check("Boris beat Ana").verdict == "supported"
    found = check("Ana beat Boris")
    assert found.verdict == "disputed" and "ahead of" in found.explanation, found.explanation
    # A season's rows are its games: "beat" there is no place.
    games = "game,opponent,score,position\n1,hawks,4 - 3,2\n2,owls,2 - 5,3\n3,foxes,6 - 2,1\n"
    season = one_table(tmp_path / "g", "games", games, "2001-02 Comets season: games")
    assert season("The Hawks beat the Owls").verdict != "supported"


def test_the_top_few_of_a_race_with_no_place_column(tmp_path):
    check = one_table(tmp_path, "final", HURDLES, "Women's 100 metres hurdles: the final")
    # The three best times (12.61, 12.70, 12.70): two Kenyans among them.
    assert check("Two Kenyans finished in the top three").verdict == "supported"
    assert check("Three Kenyans finished in the top three").verdict == "disputed"
    # The second and third share 12.70: who is in the top two, the table does not say.
    assert check("One Kenyan finished in the top two").verdict == "unverifiable"


def test_more_than_half_is_a_share_above_fifty(tmp_path):
    results = (
        "election,seats_won,pct_of_popular_vote\n1957,109,38.81%\n1958,208,53.56%\n1984,211,50.03%\n1993,2,16.04%\n"
    )
    check = one_table(tmp_path, "party", results, "A party's results in general elections")
    assert check("The party won more than half of the popular vote twice").verdict == "supported"
    assert check("The party won more than half of the popular vote three times").verdict == "disputed"
    assert check("The party won less than half of the popular vote in 1958").verdict == "disputed"


def test_the_same_value_as_another_row(tmp_path):
    check = one_table(tmp_path, "final", HURDLES, "Women's 100 metres hurdles: the final")
    # Bea Birch and Cleo Cedar both ran 12.70.
    assert check("Bea Birch ran the same time as Cleo Cedar").verdict == "supported"
    assert check("Cleo Cedar of Kenya ran the same time as Bea Birch, 12.70").verdict == "supported"
    # Her own time right is not enough: Dora Dale ran 12.85.
    assert check("Cleo Cedar of Kenya ran the same time as Dora Dale, 12.70").verdict == "disputed"
    assert check("Cleo Cedar ran the same time as Bea Birch, 12.75").verdict == "disputed"
    found = check("Dora Dale ran the same time as Bea Birch")
    assert found.verdict == "disputed" and "12.85" in found.explanation, found.explanation


def test_alone_in_a_place_and_its_fewest_of_one_partys_series(tmp_path):
    board = (
        "place,player,country,score,to_par\nt1,al ames,usa,69 + 70 = 139,- 5\nt1,bo bell,usa,71 + 68 = 139,- 5\n"
        "3,cy cole,spain,70 + 71 = 141,- 3\nt4,di dunn,fiji,74 + 70 = 144,e\nt4,ed eng,chad,72 + 72 = 144,e\n"
    )
    golf = one_table(tmp_path, "board", board, "1998 Masters Tournament: the leaderboard after the second round")
    # "alone in third place": a place no other row holds.
    assert golf("Cy Cole was alone in third place").verdict == "supported"
    assert golf("Di Dunn was alone in fourth place").verdict == "disputed"
    # "its fewest" in a table of one party's results, a row an election: over the rows.
    results = (
        "election,seats_won,pct_of_popular_vote\n1957,109,38.81%\n1958,208,53.56%\n1984,211,50.03%\n1993,2,16.04%\n"
    )
    party = one_table(tmp_path / "p", "party", results, "A party's results in general elections")
    assert party("In 1993 the party won just two seats, its fewest").verdict == "supported"
    assert party("The party won its most seats in 1958").verdict == "disputed"


def test_a_day_said_is_checked_against_the_rows_date(tmp_path):
    games = (
        "date,visitor,score,home,attendance\nmay 2,atlanta,5 - 4,carolina,13506\nmay 4,carolina,4 - 3,atlanta,16097\n"
        "may 8,carolina,1 - 0,boston,14549\nmay 10,buffalo,5 - 1,carolina,19564\n"
    )
    check = one_table(tmp_path, "games", games, "2007-08 Carolina Hurricanes season: May games")
    assert check("Carolina beat Boston 1-0 on May 8").verdict == "supported"
    # The score's numbers are not the day's: the game against Boston was on May 8.
    found = check("Carolina beat Boston 1-0 on May 1")
    assert found.verdict == "disputed" and "may 8" in found.explanation, found.explanation
    # Nor is a figure of another day's row borne out by the game against the same side.
    assert check("Attendance at the game against Buffalo on May 15 was 19,564").verdict != "supported"
    assert check("Attendance at the game against Buffalo on May 10 was 19,564").verdict == "supported"


def test_a_date_with_its_year_and_a_year_the_table_does_not_give(tmp_path):
    quakes = (
        "date,location,magnitude\n29 april 1955,yerecoin,5.0\n29 april 1955,yerecoin,4.8\n11 march 1952,bolgart,5.1\n"
    )
    check = one_table(tmp_path, "quakes", quakes, "South West Seismic Zone: earthquakes")
    assert check("Two earthquakes struck Yerecoin on 29 April 1955").verdict == "supported"
    # The day is right, the year is not.
    assert check("Two earthquakes struck Yerecoin on 29 April 1958").verdict == "disputed"
    assert check("The earthquake at Bolgart on 11 March 1955 measured 5.1").verdict != "supported"
    airports = "rank,airport,total_passengers\n1,london heathrow,67054745\n2,london gatwick,34205887\n"
    busiest = one_table(tmp_path / "a", "airports", airports, "Busiest airports in the United Kingdom, 2008")
    # No column of years, and the title's is 2008: "in 2001" is not this table's.
    assert busiest("Heathrow handled 67,054,745 passengers in 2008").verdict == "supported"
    assert busiest("Heathrow handled 67,054,745 passengers in 2001").verdict != "supported"


def test_a_quoted_title_is_a_tables_value_not_a_quotation(tmp_path):
    songs = (
        "draw,song,performer,televotes,rank\n13,ljubovta nema granici,intervali,694,19\n"
        "16,opomena,suzana spasovska,5441,6\n18,ne zori zoro,vlado janevski,38642,1\n"
    )
    check = one_table(tmp_path, "final", songs, "Macedonia in the Eurovision Song Contest 1998: the national final")
    # Three words in quotation marks that a cell holds: a song, whose row the claim's other words are read against.
    assert check('"Ljubovta Nema Granici" by Intervali was performed 13th').verdict == "supported"
    assert check('"Ljubovta Nema Granici" by Suzana Spasovska was performed 16th').verdict != "supported"


def test_at_the_tables_own_side_is_its_home_games(tmp_path):
    games = (
        "date,visitor,score,home,attendance\nfebruary 2,ottawa,2 - 4,toronto,19543\nfebruary 5,ottawa,3 - 4,montreal,21273\n"
        "february 9,montreal,1 - 6,ottawa,20297\nfebruary 12,buffalo,5 - 1,ottawa,19564\n"
    )
    check = one_table(tmp_path, "games", games, "2007-08 Ottawa Senators season: February games")
    assert check("The highest attendance of the month, 21,273, was at Montreal").verdict == "supported"
    # "at Ottawa": its home games, none of which drew 21,273.
    assert check("The highest attendance of the month, 21,273, was at Ottawa").verdict == "disputed"


def test_the_goals_a_team_scored_are_its_number_of_the_score(tmp_path):
    # The team's score first (its record shows it).
    november = (
        "game,november,opponent,score,record,points\n13,3,islanders,1 - 2,6 - 4 - 3 - 0,15\n"
        "14,8,lightning,2 - 1,7 - 4 - 3 - 0,17\n15,20,devils,3 - 3 ot,7 - 4 - 4 - 0,18\n"
        "16,29,bruins,2 - 3 ot,7 - 4 - 4 - 1,19\n"
    )
    flyers = one_table(tmp_path, "november", november, "2001-02 Philadelphia Flyers season: November games")
    assert flyers("The Flyers scored two goals against the Lightning").verdict == "supported"
    found = flyers("The Flyers scored three goals against the Bruins")
    assert found.verdict == "disputed" and "2 - 3" in found.explanation, found.explanation
    # The winner's score first: the team's is the loser's number where the record shows a loss.
    comets = one_table(tmp_path / "c", "march", WINNER_FIRST, "2001-02 Comets season: March games")
    assert comets("The Comets scored one goal against the Hawks").verdict != "disputed"
    assert comets("The Comets scored five goals against the Hawks").verdict == "disputed"
    assert comets("The Comets scored six goals against the Foxes").verdict == "supported"
    # The first game: who won it, the record does not say.
    assert comets("The Comets scored four goals against the Ravens on March 1").verdict == "unverifiable"
    # A score said counts the games of that score.
    assert flyers("One of the Flyers' November games ended in a 3-3 tie").verdict == "supported"
    assert flyers("Two of the Flyers' November games ended in a 3-3 tie").verdict == "disputed"


def test_times_a_cell_lists_and_the_last_of_a_heat(tmp_path):
    field = one_table(tmp_path, "field", CHAMPIONS, "1995 Open Championship: past champions who made the cut")
    # "won the Open three times": the years the row's cell lists.
    assert field("Cy Cole has won the Open three times").verdict == "supported"
    assert field("Cy Cole has won the Open twice").verdict == "disputed"
    heats = one_table(
        tmp_path / "h", "heats", HEATS_60, "2008 World Indoor Championships, men's 60 metres hurdles: heats"
    )
    # "last in the second heat": the slowest mark of heat 2 (a race's mark is a time: less is faster).
    assert heats("Fu Fan finished last in the second heat").verdict == "supported"
    found = heats("Di Dorn finished last in the second heat")
    assert found.verdict == "disputed" and "7.97" in found.explanation, found.explanation


def test_a_candidates_party_by_the_letter_beside_the_name(tmp_path):
    check = one_table(tmp_path, "races", HOUSE_RACES, "House elections, 2010: State")
    # "fay fox (r) 46.3%": a Republican, who lost to Eve Eads (tables.toml party_tags).
    assert check("Republican Fay Fox lost to Eve Eads").verdict == "supported"
    found = check("Democrat Fay Fox lost to Eve Eads")
    assert found.verdict == "disputed" and "fay fox (r)" in found.explanation, found.explanation
    assert check("Republican Fay Fox beat Eve Eads").verdict == "disputed"


def test_the_runner_up_is_second_place(tmp_path):
    check = one_table(tmp_path, "final", SELECTION, "Ruritania in the Eurovision Song Contest 1998: the national final")
    assert check("Boris was the runner-up").verdict == "supported"
    assert check("Ana was the runner-up").verdict == "disputed"
    # Not a runner (those taking part): the place is checked, never left out.
    assert check("Ana, the runner-up, received 1,339 televotes").verdict != "supported"


def test_a_compound_with_a_particle_is_a_word_of_its_own(tmp_path):
    games = "game,date,opponent,score,record\n1,april 10,hawks,4 - 3,1 - 0\n2,april 12,hawks,2 - 5,1 - 1\n3,april 14,owls,6 - 2,2 - 1\n4,april 16,owls,3 - 1,3 - 1\n"
    check = one_table(tmp_path, "games", games, "2001-02 Comets season: April games")
    assert check("The Comets won a game against the Hawks").verdict == "supported"
    # "play-off" is no "play": whether these were play-off games, the table does not say.
    assert check("The Comets won a play-off game against the Hawks").verdict == "unverifiable"
    from factcheck.checks.accounting import unaccounted

    # "third-most" is its parts; "runner-up" is no runner, "run-off" no run.
    assert unaccounted(frozenset({"third-most"}), [frozenset({"third"})]) == frozenset()
    assert unaccounted(frozenset({"runner-up", "run-off"}), [frozenset({"runner", "run"})]) == {"runner-up", "run-off"}


def test_the_winner_names_the_first_placed_row(tmp_path):
    check = one_table(tmp_path, "final", SELECTION, "Ruritania in the Eurovision Song Contest 1998: the national final")
    assert check("The winner received 38,642 televotes").verdict == "supported"
    found = check("The winner received 3,834 televotes")
    assert found.verdict == "disputed" and "38,642" in found.explanation, found.explanation
    # A ranking that is no contest has no winner: its first row is the largest, not a winner.
    ports = "rank,port,containers\n1,northport,5200\n2,eastport,4100\n"
    ranked = one_table(tmp_path / "p", "ports", ports, "Container ports by containers handled")
    assert ranked("The winner handled 5,200 containers").verdict != "supported"


def test_only_is_never_left_unread_by_a_lookup(tmp_path):
    board = (
        "place,player,country,score,to_par\nt1,al ames,usa,69 + 70 = 139,- 5\nt1,bo bell,usa,71 + 68 = 139,- 5\n"
        "3,cy cole,spain,70 + 71 = 141,- 3\nt4,di dunn,usa,74 + 70 = 144,e\n"
    )
    check = one_table(tmp_path, "board", board, "1998 Masters Tournament: the leaderboard after the second round")
    # Three Americans in the top four: "the only American" is false, whatever Di Dunn's own row says.
    assert check("Di Dunn was the only American in the top four").verdict != "supported"
    # "non-American": any nation but the United States.
    found = check("Cy Cole was a non-American in the top four")
    assert found.verdict == "supported" and "is not" in found.explanation, found.explanation
    assert check("Al Ames was a non-American in the top four").verdict == "disputed"


def test_a_margin_after_the_verbs_object_is_no_cell(tmp_path):
    check = one_table(tmp_path, "final", SELECTION, "Ruritania in the Eurovision Song Contest 1998: the national final")
    # "beat Boris by 34,808 televotes": a gap between two rows, never Dimo's own 38,642 disputed.
    assert check("Dimo beat Boris by 34,808 televotes").verdict != "disputed"
    assert check("Dimo beat Boris by 4,808 televotes").verdict != "disputed"
