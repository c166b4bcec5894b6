// French value words (France and Quebec), read from free words the platform
// could not match to a value intent: "je dirais un trois", "sept sur dix",
// "aucune douleur", "ça dépend des jours", "quand je reste assise au bureau".
// Matched on text that values.ts cleanIn has lowercased, folded ("é" is "e",
// "œ" is "oe", "ç" is "c") and stripped of punctuation, apostrophes kept
// ("j'ai", "n'importe", "l'ordinateur"): so the words below carry no accents,
// and "\b" also falls on an apostrophe ("l'ordinateur" has a "\bordinateur").
import type { LanguageValues } from './types';

/** Built on first use (index.ts): a language's words cost nothing at start-up until someone speaks it. */
export function FR_VALUES(): LanguageValues {
  // ── Pain scores ──────────────────────────────────────────────────────────────
  // "Un"/"une" are left out on purpose: as the article they sit in most
  // sentences ("un trois", "un petit deux", "j'ai un mal de dos terrible",
  // "une douleur qui tire"), and each word is read on its own, so "un" would
  // turn "un mal de chien" into a one and "un trois ou un quatre" into four
  // numbers (nothing). Without them, "un trois" is a three and "entre un et deux"
  // still a two (the higher end counts); a lone "un" reads as nothing and the
  // question is asked again (a platform number intent takes a bare "un").
  const SCORE_WORDS = ['zero', '', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix'] as const;
  const NUMBER = '(?:zero|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\\d{1,3})';

  /**
   * The scale said with the score ("sept sur dix", "un six sur 10", "7/10",
   * "quatre sur une echelle de zero a dix", "sur dix, je dirais sept"): values.ts
   * drops the last word of each match, the scale's own ten.
   */
  const SCALE = new RegExp(
    `\\bsur (?:une echelle de )?(?:dix|10)\\b|\\b(?:sur une echelle )?de (?:zero|0) a (?:dix|10)\\b|(?:^|\\s)(?:[0-9]|10) 10(?:\\s|$)`,
  );

  // "Pas mal" alone is "not bad" or "quite a lot" ("j'ai pas mal mal", "pas mal
  // de douleur"), never a zero: only "ça (ne) fait pas mal", "je n'ai pas mal"
  // and "j'ai pas mal" not followed by an amount ("j'ai pas mal mal", "pas mal de",
  // "ça fait pas mal souffrir") say no pain. "J'ai plus mal" and "ça fait plus
  // mal" can be "no longer" or "more" in writing: only with "ne" are they a zero.
  const NOT_AN_AMOUNT = "(?! (?:mal|de|d'|des|du monde|plus|moins|fort|souffr\\w*|souffert|morfle\\w*|besoin|envie|longtemps)\\b)";
  /** Colloquial openers before a bare "rien" or "aucune": "bah rien", "franchement aucune". */
  const OPENER = '(?:(?:non|ben|bah|bof|euh|eh bien|alors|franchement|honnetement|pour l\'instant|en ce moment|la|moi|perso|presentement|actuellement|aujourd\'hui|maintenant) )*';
  const AFTER = '(?: (?:du tout|de chez rien|pour l\'instant|pour le moment|en ce moment|maintenant|aujourd\'hui|ce matin|ce soir|la|presentement|actuellement|vraiment|franchement|je pense|je crois|je dirais|a signaler|de special|de particulier|de douleur|de mal))*';

  const NO_PAIN = new RegExp(
    [
      // "rien", "plus rien du tout", "aucune", "nada", "néant", "RAS": the whole answer.
      `^${OPENER}(?:(?:absolument|vraiment|strictement|plus) )?(?:rien|aucune?|nada|neant|que dalle|zero|r a s|ras)${AFTER}$`,
      // "je (ne) sens rien", "je ne ressens aucune douleur".
      "\\b(?:ne )?(?:sens|ressens) (?:rien|aucune douleur|aucun mal|pas de douleur)\\b",
      // "aucune douleur", "aucun mal", "pas de douleur", "pas la moindre douleur", "zero douleur", "sans douleur".
      "\\b(?:aucune?|pas de|pas d'|pas la moindre|pas une seule|zero|sans|sans aucune?) (?:douleurs?|mal|gene|souffrance)\\b",
      "\\bindolore\\b|\\bdouleur (?:nulle|a zero|a 0|inexistante|absente)\\b|\\bplus aucune douleur\\b",
      // "ça ne (me) fait pas mal", "ça ne fait plus mal", "cela ne fait aucun mal".
      "\\bne (?:me |m'|lui |te )?fait (?:pas|plus|aucun|point) (?:du tout )?mal\\b",
      // "ça (me) fait pas mal", "ça fait pas mal du tout", "ça fait aucun mal" (not "ça fait pas mal de temps").
      `\\b(?:ca|cela|ce|sa) (?:me |m'|lui |te )?fait (?:pas|aucun) mal\\b${NOT_AN_AMOUNT}`,
      // "je n'ai pas mal", "je n'ai plus mal", "il n'y a plus de douleur", "j'ai mal nulle part".
      "\\bn'(?:ai|a|as) (?:pas|plus|aucun|point) (?:du tout |encore )?mal\\b|\\bn'(?:ai|y a|a) (?:plus|pas|jamais) (?:de |d'|aucune )?(?:douleurs?|mal)\\b",
      "\\bmal nulle part\\b|\\bnulle part mal\\b",
      `\\b(?:j'ai|j'en ai|on a|t'as|tu as) (?:pas|aucun) mal\\b${NOT_AN_AMOUNT}`,
      "\\bje (?:ne )?souffre (?:pas|plus|de rien)\\b",
    ].join('|'),
  );

  // ── Pain patterns ────────────────────────────────────────────────────────────
  // First match wins, in this order: varies, stress, morning, workout, bending, sitting.

  const STRESS = [
    "\\bstress\\w*", "(?<!(?:dos|muscles?) )\\btendue?s?\\b", "(?<!(?:dos|muscles?|musculaires?) )\\btensions?\\b(?! arterielle)",
    '\\bpression\\b', '\\banxi\\w*', '\\bangoiss\\w*', '(?<!douleurs? )\\bnerveu(?:x|se|ses)\\b', '\\bnervosite\\b',
    "\\b(?:sur les|a bout de) nerfs\\b", '\\binquiet\\w*', '\\binquietude\\w*', '\\bsoucis?\\b', '\\bsoucieu\\w*', '\\bpreoccup\\w*',
    '\\bsurmen\\w*', '\\bdebord\\w*', '\\bburn ?out\\b', "\\bsous l'eau\\b", '\\bcharge mentale\\b', '\\brush\\b', '\\bdeadlines?\\b',
    '\\becheances?\\b', '\\bconflits?\\b', '\\bdisputes?\\b', '\\benerv\\w*', '\\bcolere\\b', '\\bemotion\\w*', '\\bpaniqu\\w*',
    '\\bcontrari\\w*', '\\bdeprim\\w*', "\\bpas le moral\\b", '\\bspeed(?:e|ee)?\\b', '\\bsurcharg\\w*',
    '\\b(?:grosses?|dures?|mauvaises?|sales?|rudes?) (?:semaines?|journees?|periodes?)\\b',
    "\\b(?:travail|boulot|job|semaine|journee|periode|agenda|emploi du temps)s? (?:est |sont |a ete |etait )?(?:tres |trop |super |hyper |bien )?charge(?:e|es|s)?\\b",
    '\\b(?:beaucoup|trop) de (?:travail|boulot|job|choses a faire)\\b',
  ];

  const MORNING = [
    '\\bmatin\\w*', '\\breveil\\w*',
    // "Se lever" is getting up; "lever une charge" is a lift (bending); getting up from a chair is sitting.
    "\\b(?:me|se|te|nous|vous) lev\\w*\\b(?!.*\\b(?:chaise|canape|fauteuil|siege|divan|sofa|voiture|assise?s?|toilettes?)\\b)",
    '\\bau lever\\b', '\\blever du lit\\b', "\\b(?:sort\\w*|sortir) du lit\\b", '\\bau saut du lit\\b', '\\bau lit\\b',
    "\\bdans (?:mon|le|son|ton) lit\\b", '\\bmatelas\\b', '\\boreiller\\b', '\\bdormi\\w*', '\\bdormir\\b', '\\bdor[ts]\\b', '\\ben dormant\\b',
    '\\bsommeil\\b', '(?<!\\bjour (?:et|ou) )\\bnuits?\\b', "\\b(?:me|se|te) couch\\w*", "\\b(?:suis|etre|reste|rester|restee?) couchee?s?\\b",
    '\\ballonge\\w*', '\\bdebut de (?:la )?journee\\b', '\\bpremiere heure\\b', '\\bdes que je me leve\\b', '\\bau demarrage\\b',
  ];

  const WORKOUT = [
    '\\bsports?\\b', '\\bsporti\\w*', '\\bsalle\\b(?! (?:de bains?|d\'eau|a manger|d\'attente|de classe|de reunion|de cinema|de spectacle|de cours))',
    '\\bgym\\w*', '\\bmuscu\\w*', '\\bentrain\\w*', '\\btraining\\b', "\\bexercices?\\b", '\\bcourir\\b', '\\ben courant\\b',
    '\\bje cours\\b', '\\bcouru\\b', '\\b(?:la|une|ma|de|en) course\\b(?! (?:a faire|au magasin))', '\\bcourse a pied\\b',
    '\\bjogg\\w*', '\\bfooting\\b', '\\brunning\\b', '\\btrail\\b', '\\bmarathon\\w*', '\\bfoot(?:ball)?\\b', '\\bsoccer\\b', '\\bhockey\\b',
    '\\btennis\\b', '\\bgolf\\b', '\\bpadel\\b', '\\bbadminton\\b', '\\bbasket\\w*', '\\bvolley\\w*', '\\brugby\\b', '\\bhand(?:ball)?\\b',
    '\\bsquash\\b', '\\bski\\w*', '\\bvelo\\b', '\\bcyclisme\\b', '\\bspinning\\b', '\\bnag\\w*', '\\bnatation\\b', '\\bpiscine\\b',
    '\\byoga\\b', '\\bpilates\\b', '\\bcross ?fit\\b', '\\bsquats?\\b', '\\bsouleve de terre\\b', '\\bdeadlifts?\\b',
    '\\b(?:des|les|aux|de) (?:poids|halteres|barres?)\\b(?! lourd)', '\\bhalteres?\\b', '\\bfonte\\b', '\\bmatchs?\\b', '\\bfitness\\b',
    '\\bcardio\\b', '\\bzumba\\b', '\\bdans(?:e|er|ant)\\b', '\\bboxe\\b', '\\barts martiaux\\b', '\\bjudo\\b', '\\bkarate\\b',
    '\\bescalade\\b', '\\bgrimpe\\b', '\\brando(?:nnee)?s?\\b', '\\bseances?\\b', '\\babdos?\\b', '\\bpompes\\b', '\\bpatin\\w*',
    '\\bequitation\\b', '\\bsurf\\b', '\\bactivite physique\\b', '\\befforts? physiques?\\b', "\\bapres (?:un |l')effort\\b",
    "\\bm'entrain\\w*", '\\bleg day\\b',
  ];

  const BENDING = [
    '\\bpench\\w*', '\\b(?:me|se|te|nous|vous) baiss\\w*', '\\bbaisser\\b', '\\ben (?:me |se )?baissant\\b', '\\baccroupi\\w*',
    '\\bsoulev\\w*', '\\bport(?:er|ant|ais|ait|ent|erai)\\b',
    // "Je porte des cartons", not "la porte", "une porte".
    "(?<!\\b(?:la|une|les|des|aux?|ma|ta|sa|cette|d'une|la) )\\bportes?\\b",
    "(?<!\\b(?:me|se|te|nous|vous) )\\blev(?:er|ant|e) (?:des|un|une|du|les|le|la|mes|quelque)\\b", '\\bdu lourd\\b',
    "\\b(?:charges?|objets?|trucs?|choses?|cartons?|sacs?|poids|caisses?|meubles?) lourd\\w*", '\\bquelque chose de lourd\\b',
    '\\bcharges?\\b', '\\bramass\\w*', '\\bjardin\\w*', '\\bpotager\\b', '\\bdesherb\\w*', '\\btond\\w*', '\\bpelouse\\b',
    '\\bpell\\w*', '\\bdeneig\\w*', '\\blac(?:et|ets|er|ant|e)\\b', '\\bchaussures?\\b', '\\bchaussettes?\\b', '\\bsouliers?\\b',
    '\\bbottes?\\b', "\\b(?:m'|s'|t')?habill\\w*", '\\bmenage\\b', '\\baspirateur\\b', '\\bbalai\\w*', '\\bserpill\\w*',
    '\\bvaisselle\\b', '\\blessive\\b', '\\blinge\\b', '\\b(?:les|mes|des|faire les|de) courses\\b', '\\bbebes?\\b',
    '\\bcartons?\\b', '\\bdemenag\\w*', '\\bbricol\\w*', "\\bvers l'avant\\b", '\\ben avant\\b', '\\b(?:me|se) pli\\w*',
    '\\bflexion\\b', '\\bpar terre\\b', '\\bau sol\\b', '\\bplier\\b',
  ];

  const SITTING = [
    '\\bassise?s?\\b', "\\b(?:m'|s'|t')?ass(?:eoir|oir|ois|oit|ied|ieds|oie|oient|eyant|oyant)\\b",
    '\\bcondui\\w*', '\\bvolant\\b', '\\bvoitures?\\b', '\\bautos?\\b', '\\bchar\\b', '\\bcamion\\w*', '\\broul(?:e|er|ant)\\b',
    '\\btrajets?\\b', '\\ben route\\b', '\\bsur la route\\b', '\\bbouchons?\\b', '\\bbureau\\w*', '\\bordis?\\b', '\\bordinateurs?\\b', '\\becrans?\\b',
    '\\bcanape\\b', '\\bdivan\\b', '\\bsofa\\b', '\\bfauteuil\\b', '\\bchaises?\\b', '\\bsieges?\\b', '\\bbanc\\b',
    '\\btele\\b', '\\btelevision\\b', '\\btv\\b', '\\bnetflix\\b', '\\bfilms?\\b', '\\bcinema\\b', '\\bavions?\\b', '\\bvols?\\b',
    '\\b(?:le|en|du|un) train\\b(?! de\\b)', '\\btgv\\b', '\\bbus\\b', '\\bmetro\\b', '\\btransports?\\b', '\\bteletravail\\b',
    "\\b(?:au|apres le|du) (?:travail|boulot|job)\\b", '\\breunions?\\b', '\\bsalle (?:d\'attente|de classe|de reunion|de cinema|de spectacle|de cours)\\b',
    '\\ben cours\\b', '\\betudi\\w*', '\\bimmobile\\b', '\\bsans bouger\\b', '\\bposition (?:assise|statique)\\b', '\\bgaming\\b', '\\bjeux? video\\b',
  ];

  const VARIES_STRONG = [
    "\\bdepend\\w*\\b(?! (?:du|de mon|de ma|de la|de l'|des) ?(?:niveau de )?(?:stress|pression))", '\\bvari(?:e|es|ent|able|ables|ation|ations|er|ait)\\b',
    "\\bca change\\b(?! (?:rien|pas|tout))", "\\bchange (?:tout le temps|souvent|beaucoup|d'un jour)", "\\bn'importe (?:quand|quel moment|comment)\\b",
    '\\ba (?:tout|n\'importe quel) moment\\b', '\\ba toute heure\\b', "\\bquand (?:ca|elle) (?:lui |en )?(?:veut|chante)\\b",
    '\\bcomme (?:ca|elle) vient\\b', '\\bca va (?:et )?ca vient\\b', '\\bca vient et ca (?:part|repart|va)\\b', '\\bhasard\\b',
    '\\baleatoire\\w*', '\\bimprevisible\\w*', '\\birreguli\\w*', '\\bpas toujours (?:pareil|au meme moment|le meme moment|la meme chose)\\b',
    '\\bjamais (?:pareil|au meme moment)\\b', '\\b(?:des|a des|a) moments differents\\b', '\\bdifferents moments\\b',
    '\\b(?:pas de|aucun|pas vraiment de|sans) (?:moment|schema|regle|logique|raison|cause|declencheur)s? ?(?:precise?|particuliere?|specifique|apparente?|claire?)?\\b',
    "\\bil n'y a pas de (?:regle|logique|moment)\\b", '\\bsans raison\\b', '\\bselon (?:les|le) (?:jours?|moments?|periodes?|activites?)\\b',
    "\\bd'un jour a l'autre\\b", '\\bun mix\\b', '\\bun melange\\b', '\\bun peu (?:de )?tout\\b', '\\bde tout un peu\\b',
    '\\btout ca\\b', '\\btous ces moments\\b', '\\btoutes? (?:ces|les) (?:situations|reponses|options|propositions)\\b', '\\btout a la fois\\b',
    '\\bles (?:deux|trois|quatre)\\b(?! (?:jambes?|cotes?|fesses?|pieds?|genoux|hanches?|bras|mains?|cuisses?|mollets?))',
    '\\bparfois\\b.*\\bparfois\\b', '\\bdes fois\\b.*\\bdes fois\\b', '\\btantot\\b.*\\btantot\\b', '\\bsoit\\b.*\\bsoit\\b',
    "\\bsais pas (?:trop |vraiment |exactement )?quand\\b", '\\bsaurais pas (?:trop |vraiment )?(?:quand|dire quand)\\b',
  ];

  /**
   * "Tout le temps", "toujours", "constamment": varies, unless another cue says
   * when ("assis tout le temps au bureau" is sitting, "tout le temps, surtout le
   * matin" morning).
   */
  const VARIES_WEAK = [
    '\\btout le temps\\b', '\\btoujours\\b', '\\bconstamment\\b', '\\ben permanence\\b', '\\bsans arret\\b', '\\bcontinuellement\\b',
    '\\btoute la journee\\b', '\\bjour et nuit\\b', '\\bh ?24\\b', '\\b24 ?h(?:eures)? sur 24\\b', '\\btout au long de la journee\\b',
  ];

  const any = (cues: readonly string[]) => cues.join('|');
  const OTHER_CUES = any([...STRESS, ...MORNING, ...WORKOUT, ...BENDING, ...SITTING]);

  return {
    scoreWords: SCORE_WORDS.map((word) => (word ? [word] : [])),
    noPain: NO_PAIN,
    scale: SCALE,
    patternCues: [
      ['varies', new RegExp(`${any(VARIES_STRONG)}|^(?!.*(?:${OTHER_CUES})).*(?:${any(VARIES_WEAK)})`)],
      ['stress', new RegExp(any(STRESS))],
      ['morning', new RegExp(any(MORNING))],
      ['workout', new RegExp(any(WORKOUT))],
      ['bending', new RegExp(any(BENDING))],
      ['sitting', new RegExp(any(SITTING))],
    ],
  };
}
