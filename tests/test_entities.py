"""Entity rules on sentences written for the tests, and the seeds against their gold file."""
import pandas as pd
import pytest

from analysis import evaluate, pipeline
from analysis.entities import article_mentions
from analysis.linking import link_corpus
from analysis.extraction import RAW_MENTION_COLUMNS


@pytest.fixture(scope="session")
def nlp():
    from analysis.nlp import load

    return load()


def entities_of(nlp, *texts):
    """(mentions, entities) tables for made-up articles a0, a1, …"""
    rows = []
    for k, doc in enumerate(nlp.pipe(texts)):
        for m in article_mentions(doc):
            rows.append({"article_id": f"a{k}", "text": m.text, "label": m.label, "start": m.start, "end": m.end,
                         "sentence": "", "sentence_id": m.sentence_id, "text_start": m.start, "text_end": m.end,
                         "key": m.key, "name": m.name, "descriptions": "|".join(m.descriptions)})
    return link_corpus(pd.DataFrame(rows, columns=RAW_MENTION_COLUMNS))[:2]


def entity(entities, name):
    row = entities[entities["name"] == name]
    assert len(row) == 1, (name, list(entities["name"]))
    return row.iloc[0]


def test_surname_possessive_and_misspelling_join_the_full_name(nlp):
    mentions, ents = entities_of(nlp,
        "Kamal Ostrovsky, an economist at the Baltic Institute, spoke in Riga on Monday. "
        "Ostrovsky's remarks drew attention. Later, Ostrovksy repeated his warning.")
    e = entity(ents, "Kamal Ostrovsky")
    assert {"Ostrovsky", "Ostrovksy"} <= set(e.aliases.split("|"))
    assert e.description == "an economist at the Baltic Institute"
    assert e.n_mentions == 3
    assert not ents["name"].isin(["Ostrovsky", "Ostrovksy"]).any()


def test_possessive_affiliation_is_not_part_of_the_name(nlp):
    _, ents = entities_of(nlp, "Karim Nassar spoke first. MGIMO's Karim Nassar then warned that talks would stall.")
    e = entity(ents, "Karim Nassar")
    assert e.n_mentions == 2


def test_hyphenated_name_and_title_premodifier(nlp):
    _, ents = entities_of(nlp, "Iranian Parliament Speaker Mohammad-Bager Galibaf arrived in Moscow on Tuesday.")
    e = entity(ents, "Mohammad-Bager Galibaf")
    assert e.description == "Iranian Parliament Speaker"


def test_a_romanised_given_name_split_at_its_hyphen_is_whole_and_a_compound_after_a_name_is_not_part_of_it(nlp):
    """'Moon Jae-in': the model stops at 'Jae' because 'in' is a word; 'Trump-era', 'Putin-led' stay compounds."""
    _, ents = entities_of(nlp, "South Korean President Moon Jae-in met Kim Jong-un on Friday. Moon said a Donald "
                               "Trump-backed plan and the Vladimir Putin-led talks had failed.")
    people = set(ents[ents["label"] == "PERSON"]["name"])
    assert {"Moon Jae-in", "Kim Jong-un", "Donald Trump", "Vladimir Putin"} <= people
    assert entity(ents, "Moon Jae-in").n_mentions == 2


def test_a_three_word_name_the_model_cut_before_its_surname_is_one_person(nlp):
    """'Judge Amy Berman Jackson' typed 'Amy Berman' + 'Jackson': one person, whom a later 'Jackson' is."""
    mentions, ents = entities_of(nlp, "The case was brought by special counsel Robert Mueller.\n\nWashington, DC, District "
                                      "Court Judge Amy Berman Jackson granted the motion. Later, Jackson said the case would go on.")
    judge = entity(ents, "Amy Berman Jackson")
    assert judge.n_mentions == 2 and "Amy Berman" not in set(ents["name"])


def test_a_title_resolves_to_the_person_who_holds_it(nlp):
    mentions, ents = entities_of(nlp,
        "Russian Foreign Minister Pavel Orlov met Iranian President Darius Karimi in Tehran on Monday. "
        "The Iranian leader thanked his guest. The Russian diplomat promised more trade.")
    karimi = entity(ents, "Darius Karimi")
    orlov = entity(ents, "Pavel Orlov")
    by_text = dict(zip(mentions["text"], mentions["entity_id"]))
    assert by_text["The Iranian leader"] == karimi.entity_id
    assert by_text["The Russian diplomat"] == orlov.entity_id
    assert karimi.description == "Iranian President"


def test_a_title_is_not_someone_its_own_clause_names(nlp):
    """'The president met with Putin': the title's clause names Putin as someone else, so it is the other
    president, though Putin was named last; a title that describes its subject ('became the first president')
    is that subject."""
    mentions, ents = entities_of(nlp,
        "U.S. President Donald Trump flew to Helsinki. Russian President Vladimir Putin arrived late. "
        "The president met with Putin for two hours.",
        "U.S. President Donald Trump met Russian President Vladimir Putin. Putin became the first president to visit.")
    ids = {(m.article_id, m.text): m.entity_id for m in mentions.itertuples()}
    assert ids[("a0", "The president")] == entity(ents, "Donald Trump").entity_id
    assert ids[("a1", "the first president")] == entity(ents, "Vladimir Putin").entity_id


def test_a_title_with_no_holder_in_the_article_is_not_guessed(nlp):
    mentions, _ = entities_of(nlp, "Talks ended on Monday. The Iranian President was not there.")
    assert "The Iranian President" not in set(mentions["text"])


def test_an_acronym_introduced_in_brackets_is_the_long_form(nlp):
    _, ents = entities_of(nlp,
        "The Caspian Institute of Maritime Law (CIML) published a report. Analysts at CIML expect more trade.")
    e = entity(ents, "Caspian Institute of Maritime Law")
    assert "CIML" in e.aliases.split("|")
    assert e.n_mentions == 3


def test_a_person_also_known_by_initials_is_one_entity_named_without_the_title(nlp):
    """'Jordan's Crown Prince Faisal bin Tariq, also known as FBT': the initials are him, and his name drops the
    two-word title the model took into it."""
    _, ents = entities_of(nlp,
        "Jordan's Crown Prince Faisal bin Tariq, also known as FBT, met the envoys on Monday. "
        "In a televised interview, FBT said the talks would resume.")
    e = entity(ents, "Faisal bin Tariq")
    assert "FBT" in e.aliases.split("|")
    assert e.n_mentions == 3
    assert e.description == "Jordan's Crown Prince"


def test_gazetteer_links_acronym_and_long_form(nlp):
    _, ents = entities_of(nlp, "Iran wants to join the EAEU. The Eurasian Economic Union said it would consider the bid.")
    e = entity(ents, "Eurasian Economic Union")
    assert e.entity_id == "org:eurasian-economic-union" and e.wikidata == "Q4173083"
    assert "EAEU" in e.aliases.split("|")


def test_same_person_across_articles_and_transliterations(nlp):
    _, ents = entities_of(nlp,
        "Nikolai Petrenko, a historian, visited Tehran last week.",
        "Nikolay Petrenko spoke at a conference in Baku.",
        "On Friday, Nikolai Petrenko said he would return to Moscow.")
    people = ents[ents["label"] == "PERSON"]
    assert len(people) == 1, list(people["name"])
    e = people.iloc[0]
    assert e["name"] == "Nikolai Petrenko" and e["n_articles"] == 3
    assert "Nikolay Petrenko" in e["aliases"].split("|")


def test_a_full_name_mistagged_as_an_organisation_is_still_the_person(nlp):
    mentions, ents = entities_of(nlp, "Karim Nassar spoke first. MGIMO's Karim Nassar then warned that talks would stall.")
    assert set(mentions.loc[mentions["text"] == "Karim Nassar", "label"]) == {"PERSON"}


def test_place_with_facility_noun_is_a_facility(nlp):
    mentions, _ = entities_of(nlp, "Inspectors visited the Isfahan nuclear plant on Monday.")
    fac = mentions[mentions["label"] == "FAC"]
    assert list(fac["text"]) == ["Isfahan nuclear plant"]


def test_two_places_joined_by_a_hyphen_stay_two(nlp):
    mentions, _ = entities_of(nlp, "It could give a new impetus to Russia-Iran relations.")
    assert {"Russia", "Iran"} <= set(mentions["text"])


def test_seeds_match_the_gold(tmp_path):
    tables = pipeline.load_tables(pipeline.Path(__file__).parent.parent / "seeds", tmp_path)
    gold = pd.read_csv(evaluate.GOLD)
    result = evaluate.score(tables["mentions"], tables["entities"], gold)
    assert result["false_negatives"] == [] and result["false_positives"] == []
    assert result["alias_recall"] == 1.0 and result["description_recall"] == 1.0


def test_mention_offsets_point_into_the_original_file(tmp_path):
    from analysis.corpus import read_raw

    tables = pipeline.load_tables(pipeline.Path(__file__).parent.parent / "seeds", tmp_path)
    arts = tables["articles"].set_index("article_id")
    for aid, group in tables["mentions"].groupby("article_id"):
        raw = read_raw(arts.loc[aid, "path"])
        for text, s, e in zip(group["text"], group["start"], group["end"]):
            assert " ".join(raw[s:e].split()) == " ".join(text.split())


def test_a_one_word_person_after_a_place_preposition_is_a_place(nlp):
    from spacy.tokens import Doc

    from analysis.entities import _places_not_people

    doc = Doc(nlp.vocab, words=["Talks", "were", "held", "in", "Rasht", ".", "Armenia", "agreed", "."],
              heads=[2, 2, 2, 2, 3, 2, 7, 7, 7], deps=["nsubjpass", "auxpass", "ROOT", "prep", "pobj", "punct", "nsubj", "ROOT", "punct"],
              ents=["O", "O", "O", "O", "B-PERSON", "O", "B-PERSON", "O", "O"])
    assert [(e.text, e.label_) for e in _places_not_people(doc, list(doc.ents))] == [("Rasht", "GPE"), ("Armenia", "GPE")]


def test_linking_compares_only_surnames_an_edit_or_two_apart():
    from analysis.entities import _SurnameIndex

    index = _SurnameIndex()
    for name in ["rachel martin", "carlos martines", "pierre razoux", "mohammad bagher ghalibaf", "anna kuznetsova"]:
        index.add(name)
    assert index.candidates("martinez") == ["carlos martines"]  # a typo, not Martin (another surname)
    assert index.candidates("razaoux") == ["pierre razoux"]
    assert index.candidates("galibaf") == ["mohammad bagher ghalibaf"]
    assert index.candidates("kuznetsowa") == ["anna kuznetsova"]
    assert index.candidates("putin") == []


def test_a_lone_surname_in_another_article_prefers_the_exact_surname(nlp):
    """'Mr. Marlow' with no full name in its article is Viktor Marlow (same surname), not ambiguous
    because Anna Marlowe's surname is one edit away."""
    _, ents = entities_of(nlp,
        "Viktor Marlow, a diplomat, arrived in Oslo on Monday.",
        "Anna Marlowe, a lawyer, spoke in Paris on Tuesday.",
        "Mr. Marlow declined to comment on the talks.")
    people = ents[ents["label"] == "PERSON"].set_index("name")
    assert sorted(people.index) == ["Anna Marlowe", "Viktor Marlow"]
    assert people.loc["Viktor Marlow", "n_articles"] == 2 and "Mr. Marlow" in people.loc["Viktor Marlow", "aliases"]
    assert people.loc["Anna Marlowe", "n_mentions"] == 1


def test_a_known_given_name_and_a_surname_are_a_person_the_model_missed(nlp):
    mentions, ents = entities_of(nlp, "Commenting on the visit, Iranian Ambassador to Russia Kazem Jalali has underlined "
                                      "the need for close consultations. Jalali referred to the visit.")
    assert entity(ents, "Kazem Jalali")["n_mentions"] == 2
    mentions, ents = entities_of(nlp, "“This is a response to hundreds of American movies,” Farhad Azima, the film’s "
                                      "director, told the Associated Press.")
    assert entity(ents, "Farhad Azima")["label"] == "PERSON"
    mentions, ents = entities_of(nlp, "“An altered form is a criminal offense,” wrote Bradley McVay, the state "
                                      "department’s lawyer, when he referred the forms to prosecutors.")
    assert entity(ents, "Bradley McVay")["label"] == "PERSON"  # tagged ORG; 'McVay' is name-cased too
    mentions, ents = entities_of(nlp, "Maria Lopez studied at George Mason University.")
    assert entity(ents, "George Mason University")["label"] == "ORG"


@pytest.mark.parametrize("text,place", [
    ("Anna Jordan said prices rose. Officials in Jordan closed the border with Syria on Monday.", "Jordan"),
    ("The Turkey-Iran-Russia summit ended. Russia said it would send more troops.", "Russia"),
])
def test_a_place_is_not_a_person_who_shares_its_name(nlp, text, place):
    """A person called (nearly) like a country elsewhere in the article does not make the country a person."""
    doc = nlp(text)
    last = [e for e in doc.ents if e.text == place][-1]
    assert last.label_ == "GPE"


def test_a_line_break_starts_a_sentence(nlp):
    """The parser otherwise runs a caption on into the next paragraph and hangs its subject there."""
    doc = nlp("Media caption Syrian state TV footage shows missiles over Damascus on Thursday\n\n"
              "Mr Qasemi said Israel \"cannot stand peace\".")
    assert [t.dep_ for t in doc if t.text in ("Qasemi", "said")] == ["nsubj", "ROOT"]


def test_a_name_used_as_a_place_is_a_place_everywhere(nlp):
    """'outside the town of Tal Abyad' makes the model's PERSON 'Tal Abyad' a place in the whole article."""
    from analysis.entities import _places_not_people
    from spacy.tokens import Span

    doc = nlp("A man was killed outside the town of Tal Abyad on Monday.\n\nA resident of Tal Abyad spoke.")
    ents = [Span(doc, e.start, e.end, label="PERSON") if e.text == "Tal Abyad" else e for e in doc.ents]
    fixed = _places_not_people(doc, [e for e in ents if e.text in ("Tal Abyad", "Tal")] or ents)
    assert {e.label_ for e in fixed if e.text == "Tal Abyad"} == {"GPE"}


def test_a_generational_suffix_makes_another_person(nlp):
    """'Donald Trump Jr.' is not the gazetteer's Donald Trump; 'Trump Jr.' is the son; a surname still
    joins a name with Jr. or III ('Mr Flickinger' is Burt Flickinger III), and Jr. and Sr. stay apart."""
    mentions, ents = entities_of(nlp, "Donald Trump Jr. denied colluding with Russia on Monday. “I did not,” Trump Jr. said. "
                                      "President Donald Trump spoke later.",
                                 "Burt Flickinger III, a consultant, said prices would rise. “It is bad,” Mr Flickinger said. "
                                 "Edwin Roessler Jr. met Edwin Roessler Sr. in Fairfax.")
    people = ents[ents["label"] == "PERSON"].set_index("name")
    assert people.loc["Donald Trump Jr.", "n_mentions"] == 2
    assert people.loc["Donald Trump", "n_mentions"] == 1 and "Trump Jr." not in people.loc["Donald Trump", "aliases"]
    assert people.loc["Burt Flickinger III", "n_mentions"] == 2
    assert {"Edwin Roessler Jr.", "Edwin Roessler Sr."} <= set(people.index)


def test_honorifics_leave_the_name_even_with_then_or_ex():
    from analysis.entities import strip_honorifics

    assert strip_honorifics("Then-Rep. Tom Tancredo") == "Tom Tancredo"
    assert strip_honorifics("Ex-Gov. Jay Inslee’s") == "Jay Inslee" and strip_honorifics("Sen. Ann Vale") == "Ann Vale"


@pytest.mark.parametrize("name, canonical", [
    ("Billionaire Tom Boone Pickett", "Tom Boone Pickett"), ("Spokeswoman Gillian Carter", "Gillian Carter"),
    ("— David Frenchman", "David Frenchman"),  # a quote signed '— David Frenchman'
    ("Prince Andrew", "Prince Andrew"),  # a title that is all the name there is stays
])
def test_a_leading_description_or_dash_is_not_part_of_the_canonical_name(name, canonical):
    from analysis.entities import strip_honorifics

    assert strip_honorifics(name) == canonical


def test_a_person_named_like_a_place_name_is_a_place(nlp):
    doc = nlp("Her district includes Virginia Beach, the Norfolk Naval Station and other parts of that city.")
    assert [e.label_ for e in doc.ents if e.text == "Virginia Beach"] == ["GPE"]


def test_a_known_given_name_mistagged_as_a_place_still_starts_the_name(nlp):
    """The model tags 'Natalia' (and sometimes 'Veselnitskaya') a one-word GPE: a given name before a name word is a person."""
    mentions, _ = entities_of(nlp, "Moscow attorney Natalia Veselnitskaya showed up in Washington. Veselnitskaya said she was a lawyer.")
    assert set(mentions.loc[mentions["label"] == "PERSON", "text"]) == {"Natalia Veselnitskaya", "Veselnitskaya"}
    assert set(mentions.loc[mentions["label"] == "GPE", "text"]) == {"Moscow", "Washington"}


def test_a_hyphenated_surname_mistagged_as_an_organisation_is_the_person(nlp):
    """'Ocasio-Cortez' (tagged ORG) after 'Rep. Alexandria Ocasio-Cortez' is her, so a later 'she' can be too."""
    mentions, _ = entities_of(nlp, "Rep. Alexandria Ocasio-Cortez spoke in Spanish.\n\n\"We want to dismantle the "
                                   "system,\" Ocasio-Cortez said in her address.")
    assert set(mentions.loc[mentions["text"] == "Ocasio-Cortez", "label"]) == {"PERSON"}


def test_a_title_the_model_ran_over_a_comma_into_a_known_surname_gives_the_person_back(nlp):
    """'On CBS' Face the Nation, Pompeo said' was one WORK_OF_ART: the show, then Pompeo."""
    mentions, _ = entities_of(nlp, "Secretary of State Mike Pompeo blamed Iran.\n\nOn CBS' Face the Nation, Pompeo "
                                   "said the U.S. was \"considering a full range of options.\"")
    assert set(mentions.loc[mentions["text"] == "Pompeo", "label"]) == {"PERSON"}
    assert "Face the Nation, Pompeo" not in set(mentions["text"])


def test_a_name_described_as_a_person_is_a_person_whatever_the_model_typed(nlp):
    """'Urmas Reinsalu' and 'Andreas Onnerfors' came out ORG: an apposition to 'foreign minister' or a 'who'
    clause says they are people, and the bare surname later is the same person; 'Hezbollah, who …' stays a group."""
    mentions, entities = entities_of(
        nlp, "Estonia's foreign minister, Urmas Reinsalu, meanwhile, stressed in a phone interview that his country "
             "has raised its spending.\n\n\"We keep our commitments,\" Reinsalu said.",
        "\"We are going backwards,\" said Andreas Onnerfors, who teaches in Malmo, on the Swedish side.",
        "Hezbollah, who claimed the attack, said it would continue.")
    assert set(mentions.loc[mentions["text"].isin(["Urmas Reinsalu", "Andreas Onnerfors"]), "label"]) == {"PERSON"}
    reinsalu = mentions[mentions["text"].str.contains("Reinsalu")]
    assert len(reinsalu) == 2 and reinsalu["entity_id"].nunique() == 1
    assert set(mentions.loc[mentions["text"] == "Hezbollah", "label"]) == {"ORG"}


def test_a_title_before_a_name_makes_it_a_person_and_an_organisation_noun_an_organisation(nlp):
    """'Turkish Foreign Minister mevlut Cavusoglu' (a lower-case given name; 'Cavusoglu' came out ORG) is a person;
    'al-Shabab, al-Qaeda's Somali affiliate' (came out PERSON) is an organisation."""
    mentions, _ = entities_of(
        nlp, "Turkish Foreign Minister mevlut Cavusoglu said he was \"shocked\" by the death.",
        "The clips are part of a recruitment video released by al-Shabab, al-Qaeda's Somali affiliate.",
        "A tweet was later posted on the official White House Twitter account.")  # 'official' describes no one here
    labels = dict(zip(mentions["text"], mentions["label"]))
    assert labels["Cavusoglu"] == "PERSON" and labels["al-Shabab"] == "ORG"
    assert "PERSON" not in set(mentions.loc[mentions["text"].str.contains("Twitter"), "label"])


def test_armed_groups_peoples_and_outlets_from_the_gazetteer_are_never_people(nlp):
    """'The Houthis', 'Yazidis' and 'Politico' came out PERSON and then took a later 'he'/'she'; a wire slug too."""
    mentions, _ = entities_of(nlp, "The Houthis attacked Saudi Arabia. Yazidis told reporters that ISIS had killed them.",
                              "Politico reported that the meeting was cancelled.",
                              "AFGHANISTAN-TALIBAN\n\nHe said the Taliban would comply.")
    labels = dict(zip(mentions["text"], mentions["label"]))
    assert labels["Houthis"] == "ORG" and labels["Yazidis"] == "NORP" and labels["Politico"] == "ORG"
    assert "PERSON" not in set(mentions["label"])


def test_platforms_and_the_state_of_the_union_are_no_people(nlp):
    """The model typed 'Twitter' and 'Facebook' a person or a place in a sixth of the scale articles that name them,
    and 'State' of the State of the Union a person; the gazetteer fixes their type."""
    mentions, _ = entities_of(nlp, "Twitter suspended the account. He wrote on Twitter and Facebook that it was unfair.",
                              "Trump posted the clip on YouTube before his State of the Union address.")
    labels = dict(zip(mentions["text"], mentions["label"]))
    assert labels["Twitter"] == labels["Facebook"] == labels["YouTube"] == "ORG"
    assert labels["State of the Union address"] == "EVENT" and "PERSON" not in set(labels.values()) - {labels["Trump"]}


def test_a_tweet_signature_handle_is_not_part_of_the_name_and_a_described_delegate_is_a_person(nlp):
    """'— Sobhan Hassanvand (@Hassanvand) January 3, 2016' came out as one ORG with the handle; 'Kendal Unruh,
    a Colorado delegate who …, told' came out WORK_OF_ART."""
    mentions, _ = entities_of(
        nlp, "They renamed the street, also in Mashhad pic.twitter.com/HZvoJUDOHE — Sobhan Hassanvand (@Hassanvand) "
             "January 3, 2016\n\nThe crowd grew.",
        "\"This race isn't over,\" Kendal Unruh, a Colorado delegate who is leading the Free the Delegates effort, "
        "told reporters.")
    assert not mentions["text"].str.contains("@").any() and "Sobhan Hassanvand" in set(mentions["text"])
    assert set(mentions.loc[mentions["text"] == "Kendal Unruh", "label"]) == {"PERSON"}


def test_a_party_member_from_a_state_is_nobody_by_name(nlp):
    """In a long survey piece the model typed 'a Colorado Republican' (an anonymous respondent) as a PERSON, and
    a bare 'Republican' then joined it: the repairs make it a party affiliation."""
    from spacy.tokens import Span

    from analysis.entities import entity_repairs

    doc = nlp.make_doc("“He should pick a governor,” a Colorado Republican added.")
    start = [t.text for t in doc].index("Colorado")
    doc.ents = [Span(doc, start, start + 2, label="PERSON")]
    assert [(e.text, e.label_) for e in entity_repairs(doc).ents] == [("Colorado Republican", "NORP")]


def test_a_bare_surname_shared_by_relatives_is_the_one_the_article_is_about(nlp):
    """Ethan Marsh is named in full three times, his mother Tonya Marsh once: a bare 'Marsh' is Ethan; with two
    brothers named equally often, it stays undecided."""
    mentions, _ = entities_of(
        nlp, "Ethan Marsh was sentenced on Monday. Ethan Marsh violated his probation. Judges said Ethan Marsh fled. "
             "His mother, Tonya Marsh, was arrested.\n\nMarsh could face 120 days in jail, prosecutors said.",
        "Dwight Hale and Steven Hale were sentenced. Dwight Hale and Steven Hale appealed.\n\nHale said they would "
        "report to prison.")
    bare = mentions[mentions["text"].isin(["Marsh", "Hale"])].set_index("article_id")["entity_id"]
    full = mentions[mentions["text"] == "Ethan Marsh"]["entity_id"].iloc[0]
    assert bare["a0"] == full and not bare["a1"].endswith(("dwight-hale", "steven-hale"))


def test_a_typo_in_the_one_full_name_is_not_the_canonical_spelling(nlp):
    """'Recep Tayyip Erogdan' once, 'Erdogan' four times: the entity is Recep Tayyip Erdogan."""
    _, entities = entities_of(
        nlp, "Turkish President Recep Tayyip Erogdan spoke on Monday. Erdogan said the offensive would continue. Erdogan "
             "added that Turkey would not stop. \"We will finish it,\" Erdogan told reporters. Later, Erdogan met his ministers.")
    assert set(entities.loc[entities["label"] == "PERSON", "name"]) == {"Recep Tayyip Erdogan"}


def test_a_video_widgets_words_are_no_one(nlp):
    """'JUST WATCHED … Replay More Videos ... MUST WATCH … 02:41' scraped into 67 scale articles: the model typed
    'Replay More Videos' a person, who filled the people tables; the widget's own words are no entity."""
    mentions, _ = entities_of(nlp, "JUST WATCHED Al Qaeda's guide to avoiding drones Replay More Videos ... MUST WATCH "
                                   "Al Qaeda's guide to avoiding drones 03:17\n\nMayor Tom Smith said the strikes "
                                   "went on.")
    assert not mentions["text"].str.contains("Videos|WATCH").any()
    assert {"Tom Smith", "Al Qaeda"} <= set(mentions["text"])



def test_a_name_the_corpus_mostly_calls_an_organisation_is_not_made_a_person_by_one_article():
    """The model typed 'White House' a person in a few articles among many that call it an organisation; that made
    every 'White House' of the corpus a person. A full name typed ORG once among people stays a person."""
    def row(aid, text, label, key):
        return {"article_id": aid, "text": text, "label": label, "start": 0, "end": len(text), "sentence": "",
                "sentence_id": 0, "text_start": 0, "text_end": len(text), "key": key, "name": text.removeprefix("the "),
                "descriptions": ""}

    rows = [row(f"a{k}", "the White House", "ORG", "ORG:white house") for k in range(4)]
    rows += [row("a4", "White House", "PERSON", "PERSON:white house")]
    rows += [row(f"b{k}", "Alexandria Ocasio-Cortez", "PERSON", "PERSON:alexandria ocasio-cortez") for k in range(3)]
    rows += [row("b3", "Alexandria Ocasio-Cortez", "ORG", "ORG:alexandria ocasio-cortez")]
    mentions, _ = link_corpus(pd.DataFrame(rows, columns=RAW_MENTION_COLUMNS))[:2]
    assert set(mentions.loc[mentions["text"].str.contains("White House"), "label"]) == {"ORG"}
    assert set(mentions.loc[mentions["text"].str.contains("Ocasio"), "label"]) == {"PERSON"}


def test_lower_case_words_are_no_person_and_known_names_keep_their_type(nlp):
    """The model typed 'lone wolf' and 'marijuana' a person; a name has a capital. 'Superstorm Sandy', 'Heritage
    Action' and 'Dodd-Frank' come from the gazetteer, and 'Reps.' is an honorific like 'Rep.'."""
    mentions, ents = entities_of(
        nlp, "Over the weekend, al Qaeda's leader called on young Muslim men to carry out lone wolf attacks in America.",
        "I am tempted to say it is simply a byproduct of liberals winning the culture war (gay marriage, legalizing "
        "marijuana), but that feels like a pat answer.",
        "Reps. Darrell Issa and Jim Jordan wrote to Holder. Superstorm Sandy hit New Jersey. Heritage Action opposed "
        "Dodd-Frank.")
    labels = dict(zip(mentions["text"], mentions["label"]))
    assert "lone wolf" not in labels and "marijuana" not in labels
    assert (labels["Superstorm Sandy"], labels["Heritage Action"], labels["Dodd-Frank"]) == ("EVENT", "ORG", "LAW")
    assert "Darrell Issa" in set(ents["name"])
    # a post's signature may be a lower-case display name: '— jack (@jack) March 21, 2006' is the poster
    mentions, _ = entities_of(nlp, "Several chief executives posted their objections.\n\nWe benefit from what refugees "
                                   "and immigrants bring to the U.S. https://t.co/HdwVGzIECt — jack (@jack) January 28, "
                                   "2017")
    assert set(mentions.loc[mentions["text"].str.contains("jack"), "label"]) == {"PERSON"}


def test_sign_up_boxes_are_page_furniture_and_known_places_and_works_keep_their_type(nlp):
    """'Email Sign Up By signing up you agree to receive email newsletters …' is a newsletter box, not a claim
    that 'you' agree; 'Keystone XL' and 'Sandy Hook' come from the gazetteer."""
    from analysis.claims import extract_claims

    text = ("POLITICO Playbook newsletter Sign up today to receive the newsletter Email Sign Up By signing up you agree "
            "to receive email newsletters or alerts from POLITICO. You can unsubscribe at any time.\n\nThe senator "
            "said the bill would pass.")
    assert [c["cue"] for c in extract_claims(nlp(text))] == ["say"]
    mentions, _ = entities_of(nlp, "If Keystone XL gets approved, they should be ready. Towns took the opposite lesson "
                                   "from the Sandy Hook massacre.")
    labels = dict(zip(mentions["text"], mentions["label"]))
    assert (labels["Keystone XL"], labels["Sandy Hook"]) == ("FAC", "GPE")



def test_relatives_sharing_a_surname_with_particles_are_different_people(nlp):
    """Jean-Marie Le Pen, his daughter Marine Le Pen and Marion Maréchal-Le Pen are three people (a particle or a
    hyphenated part belongs to the surname, not to the given names); a bare 'Le Pen', even 'in Le Pen', is the
    one the article names most, not a place."""
    mentions, ents = entities_of(nlp, (
        "The National Front was founded by Jean-Marie Le Pen in 1972. His daughter Marine Le Pen now leads it, and "
        "his granddaughter Marion Maréchal-Le Pen is a rising star. Marine Le Pen leads the polls. Many voters see "
        "themselves in Le Pen."))
    people = set(ents.loc[ents["label"] == "PERSON", "name"])
    assert {"Marine Le Pen", "Jean-Marie Le Pen", "Marion Maréchal-Le Pen"} <= people
    bare = mentions[mentions["text"] == "Le Pen"]
    assert len(bare) == 1 and set(bare["label"]) == {"PERSON"}
    assert entity(ents, "Marine Le Pen")["n_mentions"] == 3


def test_a_surname_with_a_particle_joins_its_full_name_across_articles(nlp):
    """'Bin Laden' alone is Osama bin Laden, in its own article too, and 'Van Hollen' is Chris Van Hollen even before
    his full name; a
    particle that can be a given name opens a full name ('Al Gore' is not a surname 'Gore' alone)."""
    _, ents = entities_of(nlp,
        "Osama bin Laden was killed in Pakistan in 2011, officials said on Monday.",
        "Bin Laden had lived in the compound for years, the report said.",
        "Sen. Van Hollen: not convicting Trump sends a terrible signal.\n\nSen. Chris Van Hollen argued on Monday "
        "that the vote was wrong.",
        "Former Vice President Al Gore spoke in Nashville on Friday.")
    assert entity(ents, "Osama bin Laden")["n_articles"] == 2
    assert entity(ents, "Chris Van Hollen")["n_mentions"] == 2
    assert entity(ents, "Al Gore")["label"] == "PERSON"


def test_a_legislature_a_person_noun_seems_to_describe_is_no_person(nlp):
    """'a Republican candidate for the House': 'candidate' does not make 'House' a person (it was 'Republican
    House', a person, in two scale articles); nor the Senate or the Duma."""
    mentions, _ = entities_of(nlp, "Pennsylvania voted for Clinton but backed a Republican candidate for the House. "
                                   "Later the House passed the bill, and a candidate for the Duma praised it.")
    assert "PERSON" not in set(mentions.loc[mentions["text"].isin(["House", "Duma"]), "label"])


def _repaired(nlp, text: str, wrong: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The entities after repair, when the model had typed the given (words, label) spans."""
    from spacy.tokens import Span

    from analysis.entities import entity_repairs

    with nlp.select_pipes(disable=["entity_repairs", "analysis_rows"]):
        doc = nlp(text)
    spans, at = [], 0
    for words, label in wrong:  # in the order they occur
        at = doc.text.index(words, at)
        spans.append(doc.char_span(at, at + len(words), label=label))
        at += len(words)
    doc.ents = spans
    return [(e.text, e.label_) for e in entity_repairs(doc).ents]


def test_a_person_cut_after_a_surname_particle_takes_the_surname(nlp):
    """The model cut 'Ursula von der' from 'Leyen' (typed a place): one person, Ursula von der Leyen."""
    text = "European Commission President Ursula von der Leyen said the talks would go on."
    assert ("Ursula von der Leyen", "PERSON") in _repaired(nlp, text, [("Ursula von der", "PERSON"), ("Leyen", "GPE")])


def test_credits_links_weapons_and_documents_are_not_people(nlp):
    """A photo credit keeps the photographer ('Mikhail Klimentyev/RIA Novosti'); a 'Read more' link's last word,
    a name with a digit and a declaration are no one."""
    credit = "Putin with Tillerson in 2012. Photograph: Mikhail Klimentyev/RIA Novosti"
    assert ("Mikhail Klimentyev", "PERSON") in _repaired(nlp, credit, [("Mikhail Klimentyev/RIA Novosti", "PERSON")])
    link = "Putin meets with Tillerson amid escalating tensions over Syria Read more\n\nThe talks began."
    assert [label for words, label in _repaired(nlp, link, [("Syria Read", "PERSON")]) if "Syria" in words] == ["GPE"]
    things = "Turkey bought S-400s and the envoy's Joint Declaration paves the way."
    found = dict(_repaired(nlp, things, [("S-400s", "PERSON"), ("Joint Declaration", "PERSON")]))
    assert found["S-400s"] != "PERSON" and found["Joint Declaration"] != "PERSON"


def test_a_poll_rows_numbers_and_check_marks_are_not_part_of_a_name(nlp):
    """'✓ Andrew Yang 0' and 'Tom Steyer 3 3' in a poll table are Andrew Yang and Tom Steyer, still people."""
    text = "Candidates\n\n✓ Andrew Yang 0\n\nTom Steyer 3 3\n\nVotes were counted."
    found = _repaired(nlp, text, [("✓ Andrew Yang 0", "PERSON"), ("Tom Steyer 3 3", "PERSON")])
    assert ("Andrew Yang", "PERSON") in found and ("Tom Steyer", "PERSON") in found
    station = "The fire was first reported by KTVU Fox 2 on Monday."
    assert ("KTVU Fox 2", "ORG") in _repaired(nlp, station, [("KTVU Fox 2", "PERSON")])


def test_a_common_word_opening_a_sentence_or_a_bare_role_is_no_person(nlp):
    """'Strikes on Russian territory …' (the article also writes 'strikes') and "Raisi's Deputy Chief of Staff"
    were people; a surname opening a sentence ('Lavrov said' after Sergey Lavrov) still is one."""
    text = ("Sergey Lavrov spoke. Russian strikes continued.\n\nStrikes on Russian territory will never go unanswered. "
            "Lavrov said so.")
    found = _repaired(nlp, text, [("Sergey Lavrov", "PERSON"), ("Strikes", "PERSON"), ("Lavrov", "PERSON")])
    assert [w for w, label in found if label == "PERSON"] == ["Sergey Lavrov", "Lavrov"]
    king = "Sen. Angus King spoke.\n\nKing asked about the king of Jordan."
    assert ("King", "PERSON") in _repaired(nlp, king, [("Angus King", "PERSON"), ("King", "PERSON")])
    role = "Raisi's Deputy Chief of Staff Mohammad Jamshidi predicted growth."
    assert ("Deputy Chief", "PERSON") not in _repaired(nlp, role, [("Deputy Chief", "PERSON")])


def test_two_name_words_after_an_organisations_title_are_its_holder(nlp):
    """'… said House Appropriations Committee Chair Nita Lowey': the model took the committee and left the name out;
    the two name words after the title are a person."""
    mentions, ents = entities_of(nlp, "“We cannot repeat the shutdown,” said House Appropriations Committee Chair "
                                      "Nita Lowey. She said the bill was fair.")
    assert entity(ents, "Nita Lowey")["label"] == "PERSON"
    text = "The Senate Budget Committee Chairman Tom Price said the plan would pass."
    assert ("Tom Price", "PERSON") in _repaired(nlp, text, [("Senate Budget Committee", "ORG")])
    text = "The Senate Budget Committee Chairman Zorb Quill said the plan would pass."
    assert ("Zorb Quill", "PERSON") in _repaired(nlp, text, [("Senate Budget Committee", "ORG")])
    assert ("Zorb Quill", "PERSON") not in _repaired(nlp, text, [])  # no organisation before the title: not this rule


def test_a_name_in_a_place_nouns_slot_is_a_place(nlp):
    """'the cities of Rasht and Astara', 'the disputed territory of Ladakh', 'Syria, Nagorno-Karabakh and Donbass':
    a name after 'of' a place noun, before one ('Quneitra provinces') or listed with a place is a place, not the
    person the model typed; a person after a title's 'of' ('the mayor of the town, Bill Lee') stays one."""
    text = ("The railway connects the northern Iranian cities of Rasht and Astara. The troops met in the disputed "
            "territory of Ladakh. Aid went to the needy population of Syria, Nagorno-Karabakh and Donbass.")
    mentions, ents = entities_of(nlp, text)
    people = set(ents[ents["label"] == "PERSON"]["name"])
    assert not people & {"Rasht", "Astara", "Ladakh", "Donbass"}
    mentions, ents = entities_of(nlp, "The mayor of the town, Bill Lee, said the road was closed.")
    assert entity(ents, "Bill Lee")["label"] == "PERSON"


def test_a_word_with_a_surname_prefix_is_a_person(nlp):
    """'O’Rourke announced …' typed ORG (or untyped) in an article that never gives his first name is a person
    (the prefix is data in entity_words.csv); 'O'Hare Airport' stays a facility."""
    text = "Earlier this week, O’Rourke announced hiring a delegate guru. Flights left O'Hare Airport late."
    got = _repaired(nlp, text, [("O’Rourke", "ORG"), ("O'Hare Airport", "FAC")])
    assert ("O’Rourke", "PERSON") in got and ("O'Hare Airport", "FAC") in got
    assert ("O’Malley", "PERSON") in _repaired(nlp, "The dispute, O’Malley said, was over.", [])
    assert ("Zorb", "PERSON") not in _repaired(nlp, "The dispute, Zorb said, was over.", [])
    text = "In a dissent, Judge Diarmuid O'Scannlain offered the strongest backing."
    assert ("Diarmuid O'Scannlain", "PERSON") in _repaired(nlp, text, [("Diarmuid", "PERSON")])


@pytest.mark.parametrize("text, wrong, person", [
    ("The resident, who gave his name as Maher, said the road was packed.", [("Maher", "ORG")], "Maher"),
    ("A nurse who asked to be identified by her first name, Leila, said the ward was full.", [], "Leila"),
    ("A man who identified himself only as Abu Omar said the shelling went on.", [("Abu Omar", "GPE")], "Abu Omar"),
])
def test_a_name_someone_gives_as_their_own_is_a_person(nlp, text, wrong, person):
    """'who gave his name as Maher': whatever the model typed the name (or left untyped), it is a person."""
    assert (person, "PERSON") in _repaired(nlp, text, wrong)


def test_identified_as_a_role_names_no_one(nlp):
    """'identified himself as the owner' gives no name."""
    assert _repaired(nlp, "A man who identified himself as the owner said the shop was closed.", []) == []


def test_a_place_prefix_makes_a_place_not_a_person(nlp):
    """'Tel Kleb', 'Khan Shaykhun' typed persons: their first word opens place names (entity_words.csv
    `place_prefix`); 'Imran Khan' ends with one and stays a person."""
    text = "Strikes hit Tel Kleb on Monday. The attack on Khan Shaykhun killed 80, Imran Khan said."
    found = _repaired(nlp, text, [("Tel Kleb", "PERSON"), ("Khan Shaykhun", "PERSON"), ("Imran Khan", "PERSON")])
    assert ("Tel Kleb", "GPE") in found and ("Khan Shaykhun", "GPE") in found and ("Imran Khan", "PERSON") in found


def test_a_follow_line_and_a_credit_label_are_no_part_of_a_name(nlp):
    """'Follow Julie Pace at …' is Julie Pace; a credit's 'Photograph' is no one."""
    text = "Follow Julie Pace at http://twitter.com/jpaceDC\n\nLeft Photograph: Mikhail Klimentyev/RIA Novosti"
    found = _repaired(nlp, text, [("Follow Julie Pace", "PERSON"), ("Photograph", "PERSON")])
    assert ("Julie Pace", "PERSON") in found and not any(w in ("Photograph", "Follow Julie Pace") for w, _ in found)


def test_a_plural_noun_or_adjective_opening_a_sentence_is_no_person(nlp):
    """'Strikes on Russian territory …', '“Continuous and stable relations …”' typed persons, in articles that never
    use the words in lower case: the parser read a plural noun and an adjective, no name."""
    text = "Strikes on Russian territory will never go unanswered.\n\n“Continuous and stable relations exist,” he said."
    assert _repaired(nlp, text, [("Strikes", "PERSON"), ("Continuous", "PERSON")]) == []


def test_a_given_name_spelt_another_way_joins_the_known_surname(nlp):
    """'President Hasan Rouhani' with 'Hasan' typed a person of its own and 'Rouhani' the gazetteer's Hassan Rouhani:
    one mention of him, no 'Hasan' in the people table; 'Ivanka' before a known 'Trump' would be no Donald."""
    from spacy.tokens import Span

    from analysis.entities import entity_repairs

    with nlp.select_pipes(disable=["entity_repairs", "analysis_rows"]):
        doc = nlp("Iran's President Hasan Rouhani said the talks went well. Ivanka Trump said so too.")
    doc.ents = [Span(doc, 3, 4, label="PERSON"), Span(doc, 4, 5, label="PERSON", span_id="hassan-rouhani"),
                Span(doc, 11, 12, label="PERSON"), Span(doc, 12, 13, label="PERSON", span_id="donald-trump")]
    found = [(e.text, e.id_) for e in entity_repairs(doc).ents]
    assert ("Hasan Rouhani", "hassan-rouhani") in found and ("Hasan", "") not in found
    assert not any(text.startswith("Ivanka") and key == "donald-trump" for text, key in found)


def test_a_hyphenated_title_before_a_name_describes_it_whole(nlp):
    """'Vice-President Mike Pence' is described as 'Vice-President', not 'President' (the tokenizer splits the
    hyphen), so 'the vice-president' later is him and 'the president' is not."""
    from analysis.entities import describe

    doc = nlp("The embassy will move before 2019, Vice-President Mike Pence has said.")
    pence = next(e for e in doc.ents if e.text == "Mike Pence")
    assert describe(pence) == ["Vice-President"]


def test_a_name_after_an_office_is_a_person_all_through_the_article(nlp):
    """The model typed 'Obama' a place all through one article: 'President Obama' makes him a person, and so every
    other 'Obama' of the article ('a victory for Obama'), though the model called those places too."""
    text = ("The court ruled on President Obama’s 2010 health law.\n\n"
            "It was a victory for Obama, who needed one. Obama could be out attacking.")
    found = _repaired(nlp, text, [("Obama", "GPE"), ("Obama", "GPE"), ("Obama", "GPE")])
    assert [label for words, label in found if words == "Obama"] == ["PERSON"] * 3


def test_a_country_after_an_office_stays_a_country(nlp):
    """'Minister Iran' never names a person: a country after a title word stays the place."""
    text = "Prime Minister Israel Katz met Foreign Minister Iran officials, the report said."
    assert ("Iran", "GPE") in _repaired(nlp, text, [("Israel Katz", "PERSON"), ("Iran", "GPE")])


def test_a_name_described_as_one_of_a_people_is_a_person(nlp):
    """'Raja Androon, a 65-year-old Syrian from Idlib whose two sons were killed …': the model found no entity; a name
    in apposition with 'a Syrian' is a person (so the 'she told Al Jazeera' after is hers)."""
    text = ("Raja Androon, a 65-year-old Syrian from Idlib whose two sons were killed by Syrian government forces, now "
            "lives in Antakya in southern Turkey.")
    assert entity(entities_of(nlp, text)[1], "Raja Androon")["label"] == "PERSON"


def test_a_name_the_model_ran_over_a_verb_ends_before_it(nlp):
    """'Bult told CBN News' typed one work of art: the name ends before the lower-case verb, and the surname is the
    article's Nathan Bult (whose quote it credits)."""
    text = ("Nathan Bult is the senior vice president of Public and Government Affairs at Bethany Christian Services, "
            "an organization that works directly with refugees.\n\n"
            "\"Christ is very clear about what the obligations of his followers are,\" Bult told CBN News.")
    mentions, entities = entities_of(nlp, text)
    assert entity(entities, "Nathan Bult")["n_mentions"] == 2
    assert not mentions["text"].str.contains("told").any()


def test_an_apostrophes_typography_is_the_same_surname(nlp):
    """'Conner O’Shea' (curly) and later 'O'Shea' (straight): one person, as a misspelling would be."""
    mentions, entities = entities_of(nlp, "Conner O’Shea, the team's manager, spoke on Monday. Later, O'Shea said "
                                          "the season was over.")
    assert entity(entities, "Conner O’Shea")["n_mentions"] == 2


def test_a_described_name_may_open_on_initials(nlp):
    """'former Indian army commander D S Hooda said' (typed an organisation): initials before a surname, described by
    a person noun, are a person."""
    text = "\"This is extremely serious,\" former Indian army commander D S Hooda said."
    assert entity(entities_of(nlp, text)[1], "D S Hooda")["label"] == "PERSON"


def test_a_korean_family_name_alone_is_the_person(nlp):
    """'Ryoo said' (typed an organisation) after 'Unification Minister Ryoo Kihl-jae': a Korean given name of two
    syllables joined by a hyphen follows the family name, which a bare mention uses."""
    text = ("\"We are always prepared,\" South Korean Unification Minister Ryoo Kihl-jae told CNN Wednesday.\n\n"
            "The South Korean government, meanwhile, urged Pyongyang to work to resolve the situation through dialogue."
            "\n\n\"Pyongyang should come to the bargaining table immediately,\" Ryoo said.")
    assert entity(entities_of(nlp, text)[1], "Ryoo Kihl-jae")["n_mentions"] == 2


def test_a_headlines_speech_verb_ends_the_name_before_it(nlp):
    """'Kerry Warns North Korea, But Holds Out Hope' (one person to the model): the name ends before the title-case
    speech verb, so Kerry is John Kerry and North Korea, here and after, is the country, not a person's surname."""
    text = ("Kerry Warns North Korea, But Holds Out Hope For Diplomacy\n\n"
            "Secretary of State John Kerry warned North Korea on Friday not to engage in more warmongering.\n\n"
            "\"No one is going to talk for the sake of talking,\" Kerry said of North Korea.")
    mentions, entities = entities_of(nlp, text)
    assert entity(entities, "John Kerry")["n_mentions"] == 3
    assert set(mentions[mentions["text"] == "North Korea"]["label"]) == {"GPE"}
    assert len(mentions[mentions["text"] == "North Korea"]) == 3


def test_he_after_a_chinese_family_name_is_the_given_name(nlp):
    """'Vice Premier Liu He said …' (the parser starts a sentence at 'He'): one person, Liu He, whom a later bare
    'Liu' is; but 'Officials met Liu. He said' keeps the pronoun."""
    text = ("Chinese Vice Premier Liu He said they would press on with more talks.\n\n"
            "Liu later told Chinese state media that more talks would be held in Beijing.")
    assert entity(entities_of(nlp, text)[1], "Liu He")["n_mentions"] == 2
    assert "Liu He" not in set(entities_of(nlp, "Officials met Liu. He said the talks went well.")[1]["name"])


def test_a_missed_name_with_a_middle_initial_is_a_person(nlp):
    """'The Post’s Carla J. Benson wrote …' where the model tagged no one: a known given name, an initial and a name
    word are a person; a name that would end on the initial is not taken."""
    text = "The Post’s Carla J. Benson wrote an article on Tuesday."
    assert ("Carla J. Benson", "PERSON") in _repaired(nlp, text, [("The Post", "ORG")])
    assert not any(label == "PERSON" for _, label in _repaired(nlp, "The ratings fell, said Carla J.", []))


def test_initials_before_a_surname_are_part_of_the_name(nlp):
    """'P.S. Raghavan' and 'J.D. Gordon' keep their initials (an all-capitals word dropped before a name is a credit
    like 'REUTERS', never initials with points)."""
    _, ents = entities_of(nlp, "P.S. Raghavan, a former diplomat, said the ties would last. J.D. Gordon, a former "
                               "adviser, disagreed.")
    assert {"P.S. Raghavan", "J.D. Gordon"} <= set(ents["name"])


def test_a_form_of_address_inside_the_name_is_no_description(nlp):
    """'Ayatollah Sayyid Ebrahim Raisi' typed whole: the honorifics the name drops describe nothing, while a title the
    model took in ('Jordan's Crown Prince Faisal bin Tariq') does (see the 'also known as' test)."""
    from analysis.entities import describe

    doc = nlp("On Monday, Ayatollah Sayyid Ebrahim Raisi completed a two-day visit to Moscow.")
    raisi = next(e for e in doc.ents if e.label_ == "PERSON")
    assert raisi.text == "Ayatollah Sayyid Ebrahim Raisi" and describe(raisi) == []


def test_a_transcripts_capitalised_labels_are_people_with_readable_names(nlp):
    """'NERMEEN SHAIKH: …' with no other mention of her: the label is a person (a given name the name lists
    know, or a label used twice), named as running text writes it; a rubric label is no one."""
    mentions, ents = entities_of(nlp,
        "Detroit's pension fight.\n\nAMY GOODMAN: Welcome to the show.\n\nNERMEEN SHAIKH: Wasn't that a conflict?\n\n"
        "MAYOR DAVE BING: We had no choice.\n\nNERMEEN SHAIKH: And the banks?\n\nHEAVY INDUSTRY: Output fell again.")
    people = set(ents[ents["label"] == "PERSON"]["name"])
    assert {"Amy Goodman", "Nermeen Shaikh", "Dave Bing"} <= people
    assert not any("Heavy" in p or "HEAVY" in p for p in people)


def test_a_shouted_name_is_written_as_running_text_writes_it():
    from analysis.linking import _readable, _shouted

    assert _readable("AMY GOODMAN") == "Amy Goodman" and _readable("JUAN GONZÁLEZ") == "Juan González"
    assert _readable("BETO O'ROURKE") == "Beto O'Rourke" and _readable("REV. MARTIN LUTHER KING JR.") == "Rev. Martin Luther King Jr."
    assert not _shouted("J.D. Gordon") and not _shouted("John Smith III")  # initials and numerals are no shouting
    assert _readable("JOHN MCCAIN") == "John McCain" and _readable("MARTIN LUTHER KING III") == "Martin Luther King III"


def test_a_name_in_capitals_is_only_respelt_when_all_of_it_is(nlp):
    """'John LEWIS' and 'John Lewis' both in an article: the running-text spelling wins; a one-word acronym typed
    a person ('WBEZ') is never respelt."""
    _, ents = entities_of(nlp, "REP. JOHN LEWIS: We marched.\n\nAMY GOODMAN: Why?\n\nREP. JOHN LEWIS: For the vote.\n\n"
                               "Congressman John Lewis spoke for an hour.")
    people = set(ents[ents["label"] == "PERSON"]["name"])
    assert "John Lewis" in people and not any(p.isupper() or "LEWIS" in p for p in people)
