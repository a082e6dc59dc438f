"""A small curated list of first names common among students and staff in France and its neighbours
(French, English, Spanish, German, Portuguese, Italian, Maghrebi, West African, ...), used to tell a
person's name ("Julie Martin") from other capitalised word pairs ("Crédit Agricole", "Sciences Po").

Names that are also ordinary capitalised words in the forum's languages are left out on purpose
(Will, May, June, Rose, Mark, Grace, Hope, Paris, Victoria, Jordan, ...): leaving one out costs a
missed pair without an introducing phrase; keeping it would mask sentence starts and place names.
"""

from __future__ import annotations

from forumdesk.domain.privacy.facts import fold

_NAMES = frozenset(
    """
    aaron abdel abdou abdoulaye abdullah adam adama adèle adrien agathe agnès ahmed aicha aïcha aida alain alan
    albert alejandro alex alexandra alexandre alexis ali alice alicia aline alison amadou amandine amélie amina
    amine amir amy ana anaïs andré andrea andreas andrew angela angélique anna anne annie anthony antoine antonio
    arnaud arthur aurélie aurélien axel aya aymeric baptiste barbara bastien béatrice benjamin benoît bernard
    bertrand bilal blanche brigitte bruno camille carla carlos carmen caroline catherine cécile céline chantal
    charles charlie charlotte chloé christian christine christophe claire clara claude clément clémence
    coralie corentin cyril damien daniel daniela david delphine denis diane didier dimitri dominique dylan
    edouard édouard elena eléonore éléonore elias élise elisa elizabeth ella élodie eloïse elsa emilie émilie
    emily emma emmanuel enzo eric éric erik esteban estelle ethan étienne eva evan fabien fabrice farid fatima
    fatou fatoumata félix fernando florence florian franck françois françoise frédéric gabriel gabrielle gaël
    gaëlle gérard giulia guillaume hakim hamza hannah hans hélène henri hervé hugo ibrahim inès irène isabelle
    ismaël ivan jacques james jan jana jean jeanne jennifer jérémy jérôme jessica joana joao joão joe johan
    john jonathan jordi jorge josé joseph josh juan jules julia julie julien juliette justine karim karima kader
    karine kevin kévin khadija klaus laetitia laëtitia lara laura laurence laurent léa léo léon léna leila leïla
    liam lina lisa loïc louis louise luc luca lucas lucie lucile lucy ludovic luis luisa lukas maël maëlle
    mamadou manon manuel marc marcel margaux margot maria marie marine mario marion marius martin martine
    mathieu mathilde matthew matthias matthieu maxime maximilian max mehdi mélanie mélissa mia michael michel
    michèle mickaël miguel mohamed mohammed moussa muriel nabil nadia nadine natalia nathalie nathan nicolas
    nina noah noé noémie nora océane olga olivia olivier omar oscar pablo pascal pascale patricia patrick paul
    pauline pedro peter philippe pierre quentin rachid rafael raphaël rayan rebecca rémi rémy richard robert
    robin romain romane rosa sabine sacha salma samia samir samuel sandra sandrine sara sarah sébastien selma
    serge simon simone sofia sophie stefan stéphane stéphanie steve steven susan sylvain sylvie tatiana théo
    thibault thibaut thierry thomas tim timothée tom tristan valentin valérie vanessa véronique victor vincent
    virginie walid wassim william xavier yanis yann yannick yasmine yassine youssef yves yvonne zoé zoe
    jo sam alexia andrés aminata awa binta cheikh daouda ousmane oumar seydou sékou
    lucía sofía javier sergio alba marta paula diego álvaro raúl irene lena jonas felix jannik tobias sebastian
    julian niklas katharina sophia marco francesco alessandro chiara matteo lorenzo
    """.split()
)
FIRST_NAMES = frozenset(fold(name) for name in _NAMES)
