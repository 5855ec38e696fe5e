"""Mentions and roles from the Italian pipeline, on sentences written for the tests."""

import pytest

from rassegna.extract.entities import EntityTagger
from rassegna.extract.nlp import LanguagePipeline
from rassegna.model import Document


@pytest.fixture(scope="module")
def tag():
    nlp, tagger = LanguagePipeline(), EntityTagger()

    def run(text: str, lang: str = "it") -> Document:
        return tagger(nlp(Document(id="t", source="t", text=text, language=lang)))

    return run


def roles_of(doc):
    return {m.span.text: m.role for m in doc.mentions if m.label == "PER"}


@pytest.mark.parametrize("text, name, role", [
    ("Ieri il presidente francese Emmanuel Macron è arrivato a Roma per il vertice.", "Emmanuel Macron",
     "presidente francese"),
    ("Lo ha confermato il portavoce del ministero degli Esteri Maria Zakharova in un comunicato.", "Maria Zakharova",
     "portavoce del ministero degli Esteri"),
    ("Al vertice c'era anche il ministro degli Esteri, Antonio Tajani, che ha parlato a lungo.", "Antonio Tajani",
     "ministro degli Esteri"),
    ("Mark Rutte, segretario generale della Nato, ha chiesto più fondi per la difesa.", "Mark Rutte",
     "segretario generale della Nato"),
])
def test_roles_before_and_after_the_name(tag, text, name, role):
    assert roles_of(tag(text)).get(name) == role


def test_a_name_after_a_preposition_gets_no_role(tag):
    doc = tag("Il viaggio è avvenuto su invito di Emmanuel Macron, ha detto la portavoce.")
    assert roles_of(doc).get("Emmanuel Macron") is None


def test_mentions_have_types_and_exact_spans(tag):
    doc = tag("Il sindaco di Milano Giuseppe Sala ha incontrato a Bruxelles i rappresentanti della Commissione europea.")
    found = {(m.span.text, m.label) for m in doc.mentions}
    assert ("Milano", "LOC") in found and ("Giuseppe Sala", "PER") in found and ("Bruxelles", "LOC") in found
    assert all(doc.text[m.span.start:m.span.end] == m.span.text for m in doc.mentions)


def test_capitalised_function_words_are_not_names(tag):
    doc = tag("Nella notte è arrivata la notizia. Crediamo che sia vera, dicono a Torino.")
    assert {m.span.text for m in doc.mentions} <= {"Torino"}


def test_no_pipeline_no_mentions():
    doc = Document(id="x", source="x", text="Testo qualsiasi.", language="xx")
    assert EntityTagger()(doc).mentions == []


@pytest.mark.parametrize("text, lang, name, title", [
    ("Nel pomeriggio Re Carlo III ha visitato il Senato con la moglie.", "it", "Carlo III", "Re"),
    ("In the afternoon King Charles visited the Senate with his wife.", "en", "Charles", "King"),
    ("The study was led by Dr Lena Vogt, who spoke to reporters in Geneva.", "en", "Lena Vogt", "Dr"),
])
def test_titles_stay_outside_the_name_and_become_its_role(tag, text, lang, name, title):
    doc = tag(text, lang)
    people = {m.span.text: m for m in doc.mentions if m.label == "PER"}
    assert name in people, [(m.span.text, m.label) for m in doc.mentions]
    assert not any(t.startswith(title + " ") for t in people)
    m = people[name]
    assert doc.text[m.span.start:m.span.end] == name


def test_events_and_prizes_are_misc(tag):
    doc = tag("Dopo la vittoria nella Coppa Davis, il tennista è tornato a Torino per allenarsi.")
    labels = {m.span.text: m.label for m in doc.mentions}
    assert labels.get("Coppa Davis") == "MISC", labels
    assert labels.get("Torino") == "LOC"


def test_a_generic_body_alone_is_no_mention_but_with_its_name_it_is(tag):
    doc = tag("La Regione ha stanziato i fondi. Lo ha deciso la giunta della Regione Toscana, "
              "mentre la procura di Firenze indaga.")
    texts = [m.span.text for m in doc.mentions]
    assert "Regione" not in texts and "procura" not in texts
    assert any("Toscana" in t for t in texts) and any("Firenze" in t for t in texts)


def test_known_bodies_take_their_knowledge_base_type_and_no_article(tag):
    doc = tag("La Banca centrale europea ha alzato i tassi. Palazzo Chigi ha commentato la decisione.")
    found = {m.span.text: m.label for m in doc.mentions}
    assert found.get("Banca centrale europea") == "ORG", found
    assert found.get("Palazzo Chigi") == "ORG", found
    assert not any(t.startswith("La ") for t in found)


def test_a_lower_case_kind_word_before_a_name_stays_outside_it(tag):
    doc = tag("I soccorritori sono arrivati nella provincia di Firenze dopo la piena. "
              "I feriti sono stati portati all'ospedale Niguarda di Milano.")
    texts = {m.span.text for m in doc.mentions}
    assert "Firenze" in texts and not any(t.startswith("provincia") for t in texts), texts
    assert not any(t.startswith("ospedale") for t in texts), texts


def test_a_surname_alone_after_the_full_name_is_a_person(tag):
    doc = tag("Il tennista Jannik Sinner ha vinto a Torino. In conferenza stampa Sinner ha ringraziato il pubblico.")
    people = [m.span.text for m in doc.mentions if m.label == "PER"]
    assert "Jannik Sinner" in people and "Sinner" in people, people


def test_a_country_standing_for_its_government_stays_a_place(tag):
    doc = tag("La Germania ha chiesto più tempo, mentre la Polonia ha votato contro la proposta della Commissione.")
    labels = {m.span.text: m.label for m in doc.mentions}
    assert labels.get("Germania") == "LOC" and labels.get("Polonia") == "LOC", labels


def test_a_name_and_its_acronym_in_brackets_are_two_mentions(tag):
    doc = tag("I prestiti saranno garantiti dalla Banca europea per gli investimenti (Bei), che ha sede a Lussemburgo.")
    texts = {m.span.text for m in doc.mentions}
    assert not any("(" in t or ")" in t for t in texts), texts
    assert "Bei" in texts, texts


def test_a_capitalised_preposition_opening_a_sentence_is_no_part_of_a_known_name(tag):
    doc = tag("Il voto è previsto a maggio. A Strasburgo la maggioranza sembra ampia. A un anno dal voto nulla è cambiato.")
    texts = {m.span.text for m in doc.mentions}
    assert "Strasburgo" in texts and not any(t.startswith("A ") for t in texts), texts


def test_leagues_are_competitions(tag):
    doc = tag("L'Atalanta giocherà la Champions League dopo la vittoria di Bergamo.")
    labels = {m.span.text: m.label for m in doc.mentions}
    assert labels.get("Champions League") == "MISC", labels


def test_a_name_after_a_kind_word_of_places_is_no_person(tag):
    doc = tag("La scossa è stata avvertita nel villaggio di Imlil e nella valle di Ourika, a sud di Marrakech.")
    labels = {m.span.text: m.label for m in doc.mentions}
    assert "PER" not in labels.values(), labels


def test_a_surname_that_is_also_a_city_stays_in_the_persons_name(tag):
    doc = tag("Alla cerimonia ha parlato anche l'attore Denzel Washington, accolto dagli applausi del pubblico.")
    people = [m.span.text for m in doc.mentions if m.label == "PER"]
    assert "Denzel Washington" in people, [(m.span.text, m.label) for m in doc.mentions]


def test_lower_case_descriptions_are_no_names_but_streets_and_ministries_are(tag):
    doc = tag("La giunta regionale si è riunita in via Garibaldi. Il ministero degli Esteri iraniano ha convocato "
              "l'ambasciatore, mentre i vigili del fuoco lavoravano nello stretto di Messina.")
    texts = {m.span.text for m in doc.mentions}
    assert not any(t.startswith(("giunta", "vigili", "stretto")) for t in texts), texts
    assert "via Garibaldi" in texts, texts
    assert "ministero degli Esteri" in texts, texts


def test_a_first_name_takes_the_surname_the_ner_left_out(tag):
    doc = tag("L'amministratore delegato Paolo Sacchi ha firmato l'accordo con i sindacati.")
    people = [m.span.text for m in doc.mentions if m.label == "PER"]
    assert "Paolo Sacchi" in people, people


def test_a_place_of_several_words_is_one_mention(tag):
    doc = tag("Il temporale ha colpito Gioia del Colle e Cassano delle Murge, dove decine di famiglie sono state evacuate.")
    texts = {m.span.text: m.label for m in doc.mentions}
    assert texts.get("Cassano delle Murge") == "LOC", texts


def test_a_name_with_an_organisations_word_is_a_body_and_so_is_its_short_form(tag):
    doc = tag("La Banca Valdostana ha lanciato un'offerta. Secondo gli analisti, Valdostana punta al Nord-Ovest; "
              "intanto la Polisportiva Volley Monza ha vinto a Monza.")
    labels = {m.span.text: m.label for m in doc.mentions}
    assert labels.get("Banca Valdostana") == "ORG", labels
    assert labels.get("Valdostana") in (None, "ORG"), labels
    assert labels.get("Monza") == "LOC", labels


def test_an_event_head_before_a_place_makes_an_event(tag):
    doc = tag("La tappa del Giro d'Italia partirà da Bari. I Mondiali in Qatar sono finiti.")
    labels = {m.span.text: m.label for m in doc.mentions}
    assert labels.get("Giro d'Italia") == "MISC", labels
    assert labels.get("Qatar") == "LOC" and not any(t.startswith("Mondiali in") for t in labels), labels


def test_two_names_joined_by_a_conjunction_are_two_mentions(tag):
    doc = tag("La corsa passerà per Bormio e Livigno prima dell'arrivo. Trinidad e Tobago ha votato a favore.")
    texts = {m.span.text for m in doc.mentions}
    assert "Bormio e Livigno" not in texts and {"Bormio", "Livigno"} <= texts, texts


def test_a_dateline_place_in_capitals_is_a_place(tag):
    doc = tag("NAPOLI – Il consiglio comunale ha approvato il bilancio.\n\nTORINO, 3 maggio – Anche la giunta ha votato.")
    labels = {m.span.text: m.label for m in doc.mentions}
    assert labels.get("NAPOLI") == "LOC" and labels.get("TORINO") == "LOC", labels


def test_a_title_of_several_words_stays_outside_the_name(tag):
    doc = tag("Culture Minister Anna Ricci said the painting would go back to the museum.", "en")
    people = [m.span.text for m in doc.mentions if m.label == "PER"]
    assert people == ["Anna Ricci"], people


def test_a_name_the_ner_ran_on_into_the_sentence_ends_where_the_sentence_goes_on(tag):
    doc = tag("Il ministero delle Infrastrutture giudica la norma troppo rigida, "
              "e la Banca europea per gli investimenti e la Commissione europea tacciono.")
    texts = {m.span.text for m in doc.mentions}
    assert "ministero delle Infrastrutture" in texts, texts
    assert not any(t.endswith((" e la", " la", " e")) or "giudica" in t for t in texts), texts


def test_a_dateline_of_several_words_in_capitals_is_a_place(tag):
    doc = tag("GIOIA DEL COLLE – Il consiglio comunale ha approvato il bilancio.")
    labels = {m.span.text: m.label for m in doc.mentions}
    assert labels.get("GIOIA DEL COLLE") == "LOC", labels


def test_a_bodys_last_word_again_is_the_body_and_a_towns_name_alone_is_the_town(tag):
    doc = tag("Il Banco Popolare Valdostano ha chiuso l'anno in utile. Per Valdostano è il terzo anno di crescita. "
              "La Regione Calabria ha stanziato i fondi per Aversa.")
    labels = {m.span.text: m.label for m in doc.mentions}
    assert labels.get("Valdostano") == "ORG", labels
    assert labels.get("Regione Calabria") == "ORG" and labels.get("Aversa") == "LOC", labels


def test_english_bodies_places_and_events_by_their_words(tag):
    doc = tag("Banca Valdostana agreed the deal. The team of Marmara Spor played at the Moda Arena "
              "in the CEV Champions League final.", "en")
    labels = {m.span.text: m.label for m in doc.mentions}
    assert labels.get("Banca Valdostana") == "ORG", labels
    assert labels.get("Moda Arena") == "LOC", labels
    assert labels.get("CEV Champions League") == "MISC", labels


def test_a_person_takes_the_proper_noun_and_particles_after_the_name(tag):
    doc = tag("Lo sceicco Omar Al-Mansouri ha mediato. Il collezionista Marco van der Berg ha restituito il quadro.")
    people = [m.span.text for m in doc.mentions if m.label == "PER"]
    assert "Omar Al-Mansouri" in people and "Marco van der Berg" in people, people


def test_a_small_town_after_a_preposition_of_place_is_a_place(tag):
    doc = tag("Le fiamme sono arrivate a Bosa nella notte, poi il vento le ha spinte verso il mare.")
    labels = {m.span.text: m.label for m in doc.mentions}
    assert labels.get("Bosa") == "LOC", labels  # the NER says PER


def test_a_ministry_of_a_place_and_a_known_name_with_a_lower_case_tail(tag):
    doc = tag("Il ministero della Difesa di Tbilisi ha smentito. L'Unione europea schierata al confine osserva "
              "insieme all'Organizzazione per la sicurezza e la cooperazione in Europa.")
    texts = {m.span.text: m.label for m in doc.mentions}
    assert texts.get("ministero della Difesa") == "ORG" and texts.get("Tbilisi") == "LOC", texts
    assert "Unione europea" in texts, texts
    assert texts.get("Organizzazione per la sicurezza e la cooperazione in Europa") == "ORG", texts


def test_hyphenated_given_names_and_english_company_words(tag):
    doc = tag("Il generale Park Ji-hoon ha incontrato i dirigenti della Nexora Labs a Seul.")
    labels = {m.span.text: m.label for m in doc.mentions}
    assert labels.get("Park Ji-hoon") == "PER" and labels.get("Nexora Labs") == "ORG", labels


def test_the_longest_known_place_wins_and_a_comune_with_e_stays_whole(tag):
    doc = tag("La nave è stata dirottata verso Porto Recanati, poi il sindaco di Trinidad e Tobago ha parlato.")
    labels = {m.span.text: m.label for m in doc.mentions}
    assert labels.get("Porto Recanati") == "LOC" and labels.get("Trinidad e Tobago") == "LOC", labels


def test_a_described_body_the_ner_cut_short_goes_on_to_the_end_of_its_name(tag):
    doc = tag("L'Agenzia di tutela della salute della Val Seriana ha chiuso lo stabilimento. "
              "La Banca Ardesia di Torino ha riaperto. Il Gran Premio del Belgio si corre domenica.")
    labels = {m.span.text: m.label for m in doc.mentions}
    assert labels.get("Agenzia di tutela della salute della Val Seriana") == "ORG", labels
    assert labels.get("Banca Ardesia") == "ORG" and labels.get("Torino") == "LOC", labels
    assert labels.get("Gran Premio del Belgio") == "MISC", labels


def test_plans_and_laws_named_after_people_are_misc(tag):
    doc = tag("Il governo ha presentato il Piano Rossetti per le periferie, finanziato dalla Cassa depositi e prestiti.")
    labels = {m.span.text: m.label for m in doc.mentions}
    assert labels.get("Piano Rossetti") == "MISC", labels
    assert labels.get("Cassa depositi e prestiti") == "ORG", labels


def test_a_town_the_ner_takes_for_a_person_is_the_town_unless_a_title_says_person(tag):
    doc = tag("Il sindaco di Cammarata ha protestato. A Casteltermini e Cianciana i medici mancano da mesi.")
    labels = {m.span.text: m.label for m in doc.mentions}
    assert labels.get("Cammarata") == "LOC" and labels.get("Casteltermini") == "LOC", labels


def test_a_body_named_by_its_kind_word_or_an_apposition_and_its_acronym_spelled_out(tag):
    doc = tag("La cooperativa sociale Girasole gestiva il servizio. Secondo Girasole i conti erano in ordine. "
              "I dati sono di Ortensa, la società milanese che fornisce i server. L'Agenzia regionale per la "
              "protezione ambientale del Molise (Arpam) ha avviato i controlli; Arpam pubblicherà i risultati.")
    labels = [(m.span.text, m.label) for m in doc.mentions]
    assert ("Girasole", "ORG") in labels and ("Ortensa", "ORG") in labels, labels
    assert [x for x in labels if x[0] == "Arpam"] == [("Arpam", "ORG")] * 2, labels


def test_titles_in_quotation_marks_and_events_named_by_one_word_are_misc(tag):
    doc = tag("Al festival ha vinto il film «Le stanze vuote» di Anna Bellandi, davanti a «Il mare d'inverno». "
              "Dopo i Mondiali la Costituzione resta il tema del giorno.")
    labels = {m.span.text: m.label for m in doc.mentions}
    assert labels.get("Le stanze vuote") == "MISC" and labels.get("Il mare d'inverno") == "MISC", labels
    assert labels.get("Mondiali") == "MISC" and labels.get("Costituzione") == "MISC", labels


def test_a_quotation_or_a_headline_in_quotation_marks_is_no_title(tag):
    doc = tag("ROMA – «Una giornata storica», titolava ieri il quotidiano. «È una vittoria di tutti», ha detto Rossi.")
    assert not [m for m in doc.mentions if m.label == "MISC"], [(m.span.text, m.label) for m in doc.mentions]


def test_a_body_qualified_by_a_nationality_or_a_place_carries_it(tag):
    doc = tag("Il ministero della Cultura di Bucarest ha protestato, mentre il ministero della Difesa russo taceva.")
    quals = {m.span.text: m.qualifier for m in doc.mentions if m.label == "ORG"}
    assert quals.get("ministero della Cultura") == "bucarest" and quals.get("ministero della Difesa") == "russo", quals


def test_a_name_after_a_kind_word_of_works_or_things_is_misc(tag):
    doc = tag("I migranti sono saliti sulla nave Stellamare. Il razzo Vettore 3 ha portato in orbita il satellite "
              "Aquilone, mentre la Marea Blu, la nave della ong, restava in porto.")
    labels = {m.span.text: m.label for m in doc.mentions}
    assert labels.get("Stellamare") == "MISC" and labels.get("Vettore 3") == "MISC", labels
    assert labels.get("Aquilone") == "MISC" and labels.get("Marea Blu") == "MISC", labels


def test_a_bodys_regional_branch_is_one_name_and_comune_di_gives_the_town(tag):
    doc = tag("La protesta è stata organizzata da Confartigianato Sardegna. Il Comune di Nuoro ha chiesto aiuto, "
              "e il presidente Luca Lo Verde ha risposto.")
    labels = {m.span.text: m.label for m in doc.mentions}
    assert labels.get("Confartigianato Sardegna") == "ORG", labels
    assert labels.get("Nuoro") == "LOC" and "Comune di Nuoro" not in labels, labels
    assert labels.get("Luca Lo Verde") == "PER" or labels.get("Lo Verde") == "PER", labels


def test_a_known_city_is_a_person_where_the_article_names_a_person_of_that_surname(tag):
    doc = tag("Il gol è arrivato su cross di Luca Colombo. Nella ripresa ha pareggiato Colombo, poi la squadra "
              "è volata a Colombo per la tournée.")
    found = [(m.span.text, m.label, m.kb) for m in doc.mentions if m.span.text == "Colombo"]
    assert found[0][:2] == ("Colombo", "PER") and found[0][2] is None, found
    assert found[-1][1] == "LOC", found


def test_a_name_after_a_kind_word_of_places_is_a_place_and_an_apposition_needs_a_lower_case_kind(tag):
    doc = tag("La secca ha colpito il fiume Po e il lago Maggiore. Arriverà la nave della Marina militare, la Stella, "
              "e la presidente della Commissione europea Ursula von der Leyen.")
    labels = {m.span.text: m.label for m in doc.mentions}
    assert labels.get("Po") == "LOC" and labels.get("Maggiore") == "LOC", labels
    assert labels.get("Marina militare") == "ORG", labels
    assert labels.get("Commissione europea") == "ORG" and labels.get("Ursula von der Leyen") == "PER", labels


def test_a_union_federation_and_a_games_edition_are_one_name_each(tag):
    doc = tag("Lo sciopero è stato proclamato da Filt Cgil e Fim Cisl. Dopo Parigi 2024 si pensa già a Los Angeles 2028.")
    labels = {m.span.text: m.label for m in doc.mentions}
    assert labels.get("Filt Cgil") == "ORG" and labels.get("Fim Cisl") == "ORG", labels
    assert labels.get("Los Angeles 2028") == "MISC", labels


def test_a_city_after_a_definite_article_is_the_club_unless_the_article_is_part_of_its_name(tag):
    doc = tag("Nel derby la Roma ha battuto la Lazio, poi la squadra è rientrata a Roma. "
              "La delegazione è arrivata al Cairo.")
    found = [(m.span.text, m.label) for m in doc.mentions if m.span.text in ("Roma", "Cairo")]
    assert found == [("Roma", "ORG"), ("Roma", "LOC"), ("Cairo", "LOC")], found


def test_a_body_of_a_known_body_and_two_bodies_across_alla_are_two_names(tag):
    doc = tag("La Commissione dell'Unione africana ha chiesto una tregua. Il ricorso è passato dal Sib alla Fiba "
              "Confesercenti, mentre l'Agenzia italiana per la cooperazione allo sviluppo (Aics) stanzia fondi.")
    labels = {m.span.text: m.label for m in doc.mentions}
    assert labels.get("Commissione") == "ORG" and labels.get("Unione africana") == "ORG", labels
    assert labels.get("Fiba Confesercenti") == "ORG" and "Sib alla Fiba Confesercenti" not in labels, labels
    assert labels.get("Agenzia italiana per la cooperazione allo sviluppo") == "ORG" and labels.get("Aics") == "ORG", labels


def test_places_joined_by_hyphens_are_each_a_name_unless_the_whole_is_one_place(tag):
    doc = tag("Sulla linea Brescia-Iseo-Edolo i treni sono fermi. La tregua India-Pakistan regge. In Emilia-Romagna piove.")
    labels = [(m.span.text, m.label) for m in doc.mentions]
    for name in ("Brescia", "Iseo", "Edolo", "India", "Pakistan", "Emilia-Romagna"):
        assert (name, "LOC") in labels, labels
    assert all(doc.text[m.span.start:m.span.end] == m.span.text for m in doc.mentions)


def test_a_person_run_on_into_a_known_body_is_two_names(tag):
    doc = tag("Lo ha detto Marco Rinaldi della Fiom durante il presidio. Piero della Francesca resta un maestro.")
    labels = [(m.span.text, m.label) for m in doc.mentions]
    assert ("Marco Rinaldi", "PER") in labels and ("Fiom", "ORG") in labels, labels
    assert ("Piero della Francesca", "PER") in labels, labels


def test_a_known_ministry_written_in_lower_case_is_found_and_rating_agencies_are_bodies(tag):
    doc = tag("I conti del ministero dell'Economia sono stati giudicati da Fitch e da Moody's.")
    labels = {m.span.text: m.label for m in doc.mentions}
    assert labels.get("ministero dell'Economia") == "ORG", labels
    assert labels.get("Fitch") == "ORG" and labels.get("Moody's") == "ORG", labels
