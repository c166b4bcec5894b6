// Les mots du modèle d’interaction, en français (fr-FR et fr-CA) : samples for
// every intent of intents/custom.ts and intents/builtins.ts, values and
// synonyms for every custom slot type, Dialogflow's welcome phrases and the
// skill's listing. Written natively, as people in France and Quebec speak to a
// speaker: tu or vous to the device, "ne" often dropped ("je sais pas"),
// Quebec words where they differ (pantoute, c’est beau, la toilette, char).
//
// Alexa rules: lowercase, numbers as words, no punctuation but the apostrophe
// (so "peut être", not "peut-être"); no sample in two intents; no catch-all.
import type { IntentWords, LanguageModelWords, SlotValueWords } from './types';

const intent = (samples: readonly string[], known?: readonly string[]): IntentWords => (known ? { samples, known } : { samples });
const value = (main: string, synonyms: readonly string[]): SlotValueWords => ({ value: main, synonyms });

export const FRENCH_MODEL: LanguageModelWords = {
  intents: {
    NotSureIntent: intent([
      'je sais pas', 'je ne sais pas', 'sais pas', 'chais pas', 'je sais pas trop', 'aucune idée', "j'en ai aucune idée",
      'pas sûr', 'pas sûre', 'je suis pas sûr', 'je suis pas sûre', 'je ne suis pas sûr', 'je ne suis pas sûre', 'pas certain',
      'pas certaine', 'peut être', 'possible', "c'est possible", 'ça se peut', 'difficile à dire', 'dur à dire',
      'je me souviens pas', 'je ne me souviens pas', 'je me rappelle pas', 'je ne me rappelle plus', 'je saurais pas dire',
      'bof', 'plus ou moins', 'oui et non', 'un peu des deux', "j'hésite", 'probablement',
    ]),
    PainLevelIntent: intent([
      '{level}', 'un {level}', "c'est {level}", "c'est un {level}", 'à peu près {level}', 'environ {level}', 'autour de {level}',
      '{level} sur dix', "c'est {level} sur dix", 'je dirais {level}', 'je dirais un {level}', 'je dirais {level} sur dix',
      'ma douleur est à {level}', 'ma douleur est de {level}', 'mon dos est à {level}', "j'en suis à {level}", 'je suis à {level}',
      'je suis à {level} sur dix', 'on va dire {level}', 'disons {level}', 'disons un {level}', 'je mettrais {level}',
      'je donnerais {level}', 'je lui donne {level}', 'plutôt {level}', 'genre {level}', 'à {level}', 'niveau {level}',
      "aujourd'hui c'est {level}", "{level} aujourd'hui", '{level} ce matin', 'maintenant {level}', '{level} maintenant',
      'je pense {level}', 'je pense que c\'est {level}', 'je crois {level}', 'peut être {level}', 'facile {level}',
      'un bon {level}', 'au moins {level}', 'pas plus de {level}', 'à peine {level}', 'tout juste {level}', 'vers les {level}',
      'dans les {level}', 'ça doit être {level}', 'ça tourne autour de {level}', "c'est monté à {level}", "c'est descendu à {level}",
      // Ranges: the higher end counts.
      '{level} ou {upper}', 'un {level} ou {upper}', 'entre {level} et {upper}', '{level} à {upper}', 'de {level} à {upper}',
      "c'est {level} ou {upper}", "c'est entre {level} et {upper}", 'je dirais {level} ou {upper}', 'je dirais entre {level} et {upper}',
      'à peu près {level} ou {upper}', 'quelque part entre {level} et {upper}', '{level} ou {upper} sur dix', 'disons {level} ou {upper}',
      'peut être {level} ou {upper}', 'environ {level} ou {upper}',
    ]),
    NoPainIntent: intent([
      'aucune', 'aucune douleur', 'pas de douleur', 'pas de douleur du tout', 'zéro douleur', 'je n\'ai pas mal', "j'ai pas mal",
      "j'ai pas mal du tout", 'je ne ressens aucune douleur', 'ça ne fait pas mal', 'ça fait pas mal', 'ça fait pas mal du tout',
      'rien du tout', 'aucune douleur en ce moment', "pas de douleur aujourd'hui", "ça ne me fait pas mal", 'je suis pas en douleur',
      'pas mal du tout', 'sans douleur', 'ça va bien pas de douleur', 'je ne sens aucune douleur',
    ]),
    AgeIntent: intent([
      "j'ai {age} ans", '{age} ans', 'je viens d\'avoir {age} ans', "j'ai eu {age} ans", "j'ai {age} ans et demi",
      "j'ai seulement {age} ans", "j'ai juste {age} ans", 'oui {age} ans',
      "oui j'ai {age} ans", 'mon âge est {age} ans', "j'ai {age} ans cette année", '{age} ans et demi',
      "j'ai {age}", 'je fais {age} ans',
    ]),
    AgeOverIntent: intent([
      "j'ai plus de {age} ans", 'plus de {age} ans', "oui j'ai plus de {age} ans", "j'ai plus de {age}", "j'ai largement plus de {age} ans",
      "j'ai dépassé {age} ans",
    ]),
    AgeUnderIntent: intent([
      "j'ai moins de {age} ans", "j'aurai {age} ans", "j'ai bientôt {age} ans", 'je vais avoir {age} ans', 'moins de {age} ans',
      "je n'ai pas encore {age} ans", "j'ai presque {age} ans", "non j'ai moins de {age} ans",
    ]),
    LengthIntent: intent([
      '{length}', 'une {length}', 'la {length}', 'je veux {length}', 'je voudrais {length}', 'je préfère {length}', 'on fait {length}',
      'fais {length}', 'faisons {length}', 'donne moi {length}', 'donnez moi {length}', "j'ai le temps pour {length}",
      "j'ai seulement le temps pour {length}", 'juste {length}', "{length} aujourd'hui", '{length} s\'il te plaît',
      '{length} s\'il vous plaît', 'je prends {length}', 'on part sur {length}', 'plutôt {length}', 'allez {length}',
      'lance {length}', 'commence {length}', 'on peut faire {length}', 'je vais faire {length}', "aujourd'hui {length}",
    ]),
    PainPatternIntent: intent([
      '{pattern}', 'surtout {pattern}', 'plutôt {pattern}', 'souvent {pattern}', 'en général {pattern}', 'généralement {pattern}',
      "c'est surtout {pattern}", "c'est souvent {pattern}", 'ça fait mal {pattern}', 'ça me fait mal {pattern}', "j'ai mal {pattern}",
      "j'ai surtout mal {pattern}", 'mon dos me fait mal {pattern}', 'ça arrive {pattern}', 'ça vient {pattern}', 'ça commence {pattern}',
      'ça se déclenche {pattern}', 'ça empire {pattern}', "c'est pire {pattern}", 'ça apparaît {pattern}', 'la douleur vient {pattern}',
      'la douleur arrive {pattern}', 'je le sens {pattern}', 'je dirais {pattern}', 'je pense {pattern}', 'principalement {pattern}',
      'toujours {pattern}', 'la plupart du temps {pattern}', 'ça me prend {pattern}', 'ça coince {pattern}', 'mon dos coince {pattern}',
      'mon dos tire {pattern}', 'ça tire {pattern}', 'mon dos lâche {pattern}', 'ça revient {pattern}',
    ]),
    RedFlagIntent: intent([
      // Area and sensation: the adapters rebuild the words for the safety classifier.
      "j'ai les {area} {sensation}", "j'ai le {area} {sensation}", "j'ai la {area} {sensation}", 'mes {area} sont {sensation}',
      'mon {area} est {sensation}', 'ma {area} est {sensation}', 'les {area} {sensation}', "j'ai des {sensation} dans les {area}",
      "j'ai des {sensation} dans le {area}", "j'ai des {sensation} dans la {area}", "j'ai des {sensation} aux {area}",
      "j'ai des {sensation} au niveau des {area}", "j'ai un {sensation} dans les {area}", 'des {sensation} dans les {area}',
      '{sensation} dans les {area}', '{sensation} dans le {area}', '{sensation} au niveau des {area}', 'mes {area} deviennent {sensation}',
      'mes {area} sont toutes {sensation}', 'mes {area} sont tout {sensation}', 'mon {area} devient {sensation}',
      'je sens des {sensation} dans les {area}', 'ça fait des {sensation} dans les {area}', 'mes deux {area} sont {sensation}',
      "j'ai les deux {area} {sensation}", "j'ai comme des {sensation} dans les {area}",
      // "Down there": a red flag as it stands.
      'des fourmis là en bas', "j'ai des picotements en bas", 'ça picote là en bas', "c'est engourdi là en bas",
      'je sens plus rien en bas', 'je ne sens plus rien là en bas', "j'ai des fourmillements entre les jambes",
      "c'est tout engourdi entre les jambes",
      // Area only: no feeling there.
      'je sens plus mes {area}', 'je ne sens plus mes {area}', 'je ne sens plus ma {area}', 'je sens plus mon {area}',
      'je sens plus rien dans les {area}', 'je ne sens plus rien dans les {area}', 'plus de sensation dans les {area}',
      "j'ai perdu la sensibilité des {area}", 'aucune sensation dans les {area}',
      // Sensation only.
      "c'est {sensation}", 'ça devient {sensation}', "j'ai des {sensation}", 'des {sensation}', 'tout {sensation}',
      // Bladder or bowel.
      'je me suis fait pipi dessus', "je me suis fait dessus", "j'arrive plus à uriner", "j'arrive pas à faire pipi",
      'je peux pas uriner', 'je ne peux plus uriner', 'je contrôle plus ma vessie', 'je ne contrôle plus ma vessie',
      'je ne contrôle plus mes intestins', "j'ai perdu le contrôle de ma vessie", "j'ai des fuites d'urine", "j'ai des fuites urinaires",
      'je suis incontinent', 'je suis incontinente', 'je peux plus me retenir', 'je ne peux pas me retenir', 'je me suis oublié',
      'je me suis oubliée', "je sens plus quand j'ai envie de faire pipi", "j'ai pas fait pipi depuis hier", "j'ai du mal à uriner",
      "j'ai un petit accident", "j'ai eu un petit accident", 'je me suis mouillé', 'je me suis mouillée',
      // Walking and both legs.
      'je peux pas marcher', 'je ne peux plus marcher', "j'arrive pas à marcher", "j'arrive plus à marcher", "j'ai du mal à marcher",
      "j'ai de la misère à marcher", 'je marche difficilement', 'je tiens pas debout', 'je ne tiens plus debout', 'mes jambes lâchent',
      'mes jambes me lâchent', 'ma jambe lâche', 'mes jambes se dérobent', 'mes genoux lâchent', 'ma jambe devient de plus en plus faible',
      'mes jambes sont de plus en plus faibles', 'je traîne la jambe', 'mon pied traîne', 'je peux plus lever le pied',
      'mes deux jambes sont faibles', 'je peux pas me relever',
      // A fall, crash or other serious accident.
      'je suis tombé', 'je suis tombée', 'je viens de tomber', "j'ai fait une chute", "j'ai chuté", 'je suis tombé dans les escaliers',
      "je suis tombée dans l'escalier", "je suis tombé d'une échelle", 'je suis tombé sur le dos', 'je suis tombée sur les fesses',
      "j'ai eu un accident", "j'ai eu un accident de voiture", "j'ai eu un accident de char", "j'ai eu un accident de moto",
      "je me suis fait renverser", "je me suis fait frapper par une auto", "je suis tombé de vélo", "ça a commencé après une chute",
      "j'ai mal depuis que je suis tombé", 'je me suis ramassé', 'je me suis ramassée', 'je me suis pris une gamelle',
      "je me suis cassé la figure", "je prends de la cortisone et je suis tombé",
      // Chest and breathing, and anything the user calls an emergency.
      "j'ai mal à la poitrine", "j'ai une douleur dans la poitrine", "j'ai une douleur à la poitrine", 'ça me serre la poitrine',
      "j'ai la poitrine serrée", "j'ai un poids sur la poitrine", "j'arrive pas à respirer", "j'ai du mal à respirer",
      "je n'arrive plus à respirer", "j'étouffe", 'je fais une crise cardiaque', "c'est une urgence", "j'ai besoin d'une ambulance",
      'appelle une ambulance', 'appelez les secours',
    ]),
    UrgentFlagIntent: intent([
      // Fever, chills, feeling generally unwell.
      "j'ai de la fièvre", 'je fais de la fièvre', "j'ai de la température", 'je fais de la température', "j'ai des frissons",
      'je grelotte', 'je suis fiévreux', 'je suis fiévreuse', 'je me sens vraiment pas bien', 'je me sens malade', 'je suis malade',
      'je suis patraque', 'je me sens mal en point', "j'ai des sueurs la nuit", "j'ai chaud et froid",
      // Weight loss without trying.
      "j'ai perdu du poids sans le vouloir", "j'ai maigri sans faire de régime", 'je perds du poids sans raison',
      "j'ai perdu beaucoup de poids", 'je maigris sans savoir pourquoi',
      // Constant night pain not eased by rest or position.
      'la douleur me réveille la nuit', "c'est pire la nuit et rien ne soulage", "j'ai mal tout le temps même allongé",
      "ça ne passe jamais même au repos", 'rien ne soulage la douleur', "j'ai mal jour et nuit",
      // Osteoporosis or long-term steroids with a knock.
      "j'ai de l'ostéoporose et je me suis cogné le dos", 'je prends de la cortisone et je me suis cogné le dos',
      "j'ai les os fragiles et j'ai pris un coup dans le dos",
      // Injected drugs.
      'je me drogue par injection', "je m'injecte de la drogue", 'je me pique',
    ]),
    HowToIntent: intent([
      'comment on fait', 'comment je fais', 'comment faire', 'je fais comment', 'on fait comment', 'montre moi', 'explique moi',
      'expliquez moi', "comment on fait cet exercice", 'comment je me mets', 'je me mets comment', 'quelle est la bonne position',
      "c'est quoi la bonne technique", "explique l'exercice", "décris l'exercice", 'guide moi', 'je dois faire quoi',
      "qu'est ce que je dois faire", 'comment je me place', 'est ce que je le fais bien', 'rappelle moi comment faire',
    ]),
    WhyIntent: intent([
      'pourquoi', 'pourquoi cet exercice', 'pourquoi on fait ça', 'pourquoi je fais ça', 'ça sert à quoi', 'à quoi ça sert',
      "c'est pour quoi", 'quel est le but', "c'est quoi le but", 'en quoi ça aide', 'en quoi ça aide mon dos', 'ça aide mon dos comment',
      "qu'est ce que ça fait", "qu'est ce que ça travaille", "pourquoi c'est bon pour le dos", 'pourquoi celui là', 'explique pourquoi',
      "c'est quoi l'intérêt",
    ]),
    HurtsIntent: intent([
      "j'ai mal", 'ça fait mal', 'ça me fait mal', 'aïe', 'ouille', 'ayoye', 'ouch', "c'est douloureux", 'ça fait vraiment mal',
      "j'ai mal au dos", 'mon dos me fait mal', 'ça me fait mal au dos', "j'ai de la douleur", 'la douleur augmente',
      'ça tiraille', 'ça pince', 'ça me gêne', "c'est trop", "c'est trop dur", "c'est pas agréable", 'ça fait pas du bien',
      "j'ai un pincement", 'aïe aïe', 'ça tire trop', "c'est inconfortable", 'je souffre', "j'ai mal là",
    ]),
    StatementIntent: intent([
      "j'ai {statement}", 'je {statement}', 'mon {statement}', 'ma {statement}', 'mes {statement}', 'il y a {statement}',
      'je sens {statement}', 'je ressens {statement}', 'je me sens {statement}', "j'ai eu {statement}", "j'avais {statement}",
      "j'ai remarqué {statement}", 'je crois que {statement}', 'je pense que {statement}', "j'ai l'impression que {statement}",
      'depuis {statement}', 'je suis {statement}', "j'étais {statement}", 'je prends {statement}', 'je me suis {statement}',
      "j'arrive pas à {statement}", 'je peux pas {statement}', "je m'inquiète pour {statement}", "j'ai peur que {statement}",
      'la douleur {statement}', 'ça fait comme {statement}', "j'ai comme {statement}",
    ]),
    SkipIntent: intent([
      'passe', 'passer', 'on passe', 'je passe', 'saute', 'sauter', 'on saute', 'on saute celui là', 'saute celui là', 'saute cet exercice',
      'passe cet exercice', 'on passe cet exercice', 'pas celui là', 'je veux pas faire celui là', 'je ne veux pas faire celui ci',
      "j'ai pas envie de faire celui là", 'on peut sauter celui là', 'autre chose', 'un autre exercice', 'on oublie celui là',
    ]),
    ProgressIntent: intent([
      "j'en suis où", 'où est ce que j\'en suis', 'je suis à quelle semaine', 'on est à quelle semaine', 'quelle semaine',
      'ma progression', 'montre moi ma progression', "c'est quoi ma progression", 'comment je progresse', 'est ce que je progresse',
      'combien de séances', "combien de séances j'ai fait", "j'ai fait combien de séances", 'ma série de jours', 'mon bilan',
      'fais le point', 'où en est mon programme', 'je m\'améliore', "où j'en suis",
    ]),
    DeleteDataIntent: intent([
      'efface mes données', 'effacez mes données', 'supprime mes données', 'supprimez mes données', 'oublie moi', 'oubliez moi',
      'efface ma progression', 'supprime ma progression', 'efface tout', 'supprime tout', 'efface mon historique',
      'supprime mon historique', 'supprime mon compte', 'efface tout ce que tu sais sur moi', 'je veux que tu effaces mes données',
      'vide mes données', 'réinitialise mes données',
    ]),

    'AMAZON.YesIntent': intent(
      [
        'ouais', 'ouaip', 'oui oui', 'oui merci', 'bien sûr', 'bien sûr que oui', 'absolument', 'exactement', 'tout à fait', 'effectivement',
        'en effet', "d'accord", 'ok', 'carrément', 'évidemment', 'volontiers', "c'est ça", "c'est exact", "c'est vrai", 'exact',
        'je crois que oui', 'je pense que oui', 'il me semble', 'oui un peu', 'oui parfois', 'un peu', 'des fois', 'parfois',
        'de temps en temps', "ça m'arrive", "oui ça m'arrive", "j'en ai", "oui j'en ai", "c'est le cas", "oui c'est le cas",
        'malheureusement oui', 'oui malheureusement', 'hélas oui', "j'ai bien peur que oui", 'oui vas y', 'oui allez y',
        'vas y', 'allez y', 'oui avec plaisir', 'avec plaisir', 'mais oui', 'ben oui', 'oui bien sûr', 'oui absolument',
        'oui tout à fait', 'oui certainement', 'certainement', 'oui je crois', 'oui je pense', 'oui ça descend', "oui jusqu'au pied",
        "oui jusqu'au mollet", 'oui sous le genou', 'ça descend sous le genou', "oui ça va jusqu'au pied", 'oui largement', 'yes',
        'oui je suis majeur', 'oui je suis majeure', 'oui un peu de tout ça', "oui l'un de ceux là", 'oui en masse',
      ],
      ['oui', "oui s'il te plaît", "oui s'il vous plaît"],
    ),
    'AMAZON.NoIntent': intent(
      [
        'nan', 'non non', 'pas vraiment', 'pas du tout', 'jamais', 'absolument pas', 'certainement pas', 'bien sûr que non',
        'sûrement pas', 'pas que je sache', 'pas à ma connaissance', 'pas que je me souvienne', 'je ne crois pas', 'je crois pas',
        'je pense pas', 'je ne pense pas', 'rien de tout ça', 'rien de ça', 'rien de tel', 'rien de ce genre', 'non rien', 'rien',
        'aucun', 'aucun des deux', 'aucun de ces symptômes', 'non aucun', 'non aucune', 'pantoute', 'pas pantoute',
        'non pantoute', 'jamais de la vie', 'pas ces temps ci', 'pas dernièrement', 'pas récemment', 'non jamais', 'non pas du tout',
        'non rien de tout ça', 'non heureusement', 'heureusement non', 'pas encore', 'non pas encore', 'rien de nouveau',
        'non rien de nouveau', "rien n'a changé", 'toujours pareil', 'non ça reste dans le dos', 'juste dans le dos',
        'seulement le bas du dos', 'non juste le bas du dos', 'ça reste au dessus du genou', 'ça ne descend pas', 'ça descend pas',
        "j'en ai pas", "je n'en ai pas", "non j'en ai pas", "ce n'est pas le cas", "c'est pas le cas", 'non ça va', 'ah non', 'ben non',
        'bah non', 'mais non', "je préfère pas", "non je préfère pas", 'non merci ça ira', 'surtout pas',
      ],
      ['non', 'non merci'],
    ),
    'AMAZON.HelpIntent': intent(
      [
        'je peux dire quoi', "qu'est ce que je peux dire", "qu'est ce que je peux faire", 'comment ça marche', 'comment ça fonctionne',
        "j'ai besoin d'aide", 'je suis perdu', 'je suis perdue', 'je comprends pas', 'quelles sont les options', 'tu fais quoi',
        "qu'est ce que tu sais faire", 'mode d\'emploi',
      ],
      ['aide', 'aide moi', 'à l\'aide', 'tu peux m\'aider'],
    ),
    'AMAZON.StopIntent': intent(
      [
        'arrête', 'arrêter', 'au revoir', 'à la prochaine', 'bye', "c'est fini pour aujourd'hui", "j'ai fini pour aujourd'hui",
        "ça suffit pour aujourd'hui", "c'est tout pour aujourd'hui", "on arrête pour aujourd'hui", "arrêter pour aujourd'hui",
        'termine la séance', 'fin de la séance', "je veux arrêter", "on s'arrête là", "j'arrête pour aujourd'hui",
        "stop pour aujourd'hui", 'quitter',
      ],
      ['stop', 'sortir', 'quitte'],
    ),
    'AMAZON.CancelIntent': intent(['laisse tomber', 'oublie ça', 'annule ça', 'annule', 'non laisse', 'laisse faire'], ['annuler', 'tant pis']),
    'AMAZON.FallbackIntent': intent([], []),
    'AMAZON.NavigateHomeIntent': intent([], ['accueil', "retour à l'accueil", 'menu principal', 'page d\'accueil']),
    'AMAZON.NextIntent': intent(
      [
        'je suis prêt', 'je suis prête', 'prêt', 'prête', "c'est bon", "c'est bon je suis prêt", "c'est bon je suis prête", "c'est parti",
        'on y va', 'allons y', 'go', 'ok on y va', "d'accord on y va", 'en place', 'je suis en place', 'je suis en position', 'en position',
        'je suis installé', 'je suis installée', 'fini', "j'ai fini", "c'est fait", 'terminé', "j'ai terminé", 'la suite', 'et après',
        'exercice suivant', "l'exercice suivant", 'au suivant', 'on avance', 'on enchaîne', 'enchaîne', 'ensuite', 'commence',
        'on commence', 'commençons', 'je suis là', "c'est beau", 'ok suivant', 'prochain', 'le prochain', 'on peut y aller',
        'allez', 'vas y suivant',
      ],
      ['suivant', 'passe au suivant'],
    ),
    'AMAZON.PreviousIntent': intent(
      [
        'retour', 'précédent', "l'exercice précédent", 'reviens en arrière', 'retourne en arrière', "celui d'avant", 'revenir en arrière',
        'on revient en arrière', "l'exercice d'avant", 'refais le précédent', 'on peut revenir en arrière',
      ],
      ['retour en arrière'],
    ),
    'AMAZON.RepeatIntent': intent(
      [
        'quoi', 'pardon', 'comment', 'hein', 'tu peux répéter', 'vous pouvez répéter', 'répète s\'il te plaît', 'répétez s\'il vous plaît',
        'redis', 'redis le', 'redis moi ça', 'encore une fois', 'une autre fois', 'je n\'ai pas compris', "j'ai pas compris",
        "j'ai pas entendu", "je n'ai pas entendu", 'tu as dit quoi', "qu'est ce que tu as dit", 'excuse moi', 'encore', 'de nouveau',
        'refais', 'répète ça',
      ],
      ['répète', 'répétez'],
    ),
    'AMAZON.PauseIntent': intent(
      [
        'attends', 'attendez', 'attends une minute', 'attends une seconde', 'une minute', 'une seconde', 'deux secondes', 'un instant',
        'un moment', 'minute', 'fais une pause', 'faisons une pause', "j'ai besoin d'une pause", 'pause séance', 'mets en pause',
        'mets pause', 'on fait une pause', 'bouge pas',
      ],
      ['pause'],
    ),
    'AMAZON.ResumeIntent': intent(
      [
        'continue', 'continuer', 'on continue', 'je continue', 'continuons', 'on reprend', 'je reprends', 'reprenons', 'reprends',
        'je suis revenu', 'je suis revenue', "c'est bon je suis revenu", 'je suis de retour', 'on repart', 'on peut reprendre',
        'reprendre la séance', 'continue doucement', 'je continue doucement', 'on continue doucement', 'vas y continue', 'continue s\'il te plaît',
      ],
      ['reprendre', 'reprise'],
    ),
    'AMAZON.StartOverIntent': intent(
      [
        'recommence la séance', 'recommencer la séance', 'recommence le programme', 'on recommence', 'on recommence depuis le début',
        'reprends depuis le début', 'repars de zéro', 'depuis le début', 'reprendre au début', 'on reprend tout',
      ],
      ['recommence', 'recommencer', 'redémarre'],
    ),
  },

  slotTypes: {
    PainPatternType: {
      sitting: value('assis', [
        'en position assise', 'après être assis', 'après être assise', 'quand je suis assis', 'quand je suis assise', 'assis longtemps',
        'assise longtemps', 'assis toute la journée', 'assise toute la journée', 'quand je reste assis', 'quand je reste assise',
        'au bureau', 'au travail', 'devant l\'ordinateur', 'sur ma chaise', 'en voiture', 'en conduisant', 'quand je conduis',
        'après la conduite', 'après un long trajet', 'après avoir conduit', 'au volant', 'en char', 'sur le canapé', 'sur le divan',
        'devant la télé', 'en avion', 'dans les transports', 'après le travail', 'après une journée de bureau', 'après être assis longtemps',
      ]),
      bending: value('en me penchant', [
        'quand je me penche', 'en me baissant', 'quand je me baisse', 'en soulevant', 'quand je soulève', 'quand je soulève quelque chose',
        'en portant', 'quand je porte', 'en portant quelque chose', 'en portant les enfants', 'quand je porte les enfants', 'en ramassant',
        'quand je ramasse quelque chose', 'en me penchant ou en soulevant', 'pencher ou soulever', 'au jardin', 'en jardinant',
        'en mettant mes chaussettes', 'en laçant mes chaussures', 'en faisant le ménage', 'en passant l\'aspirateur',
        'en vidant le lave vaisselle', 'en portant les courses', 'en déménageant', 'en portant des cartons', 'en portant du lourd',
      ]),
      morning: value('le matin', [
        'au réveil', 'le matin au réveil', 'quand je me réveille', 'en me levant', 'quand je me lève', 'au lever', 'en sortant du lit',
        'quand je sors du lit', 'après la nuit', 'après avoir dormi', 'dès le matin', 'en début de journée', 'les matins',
        'le matin surtout', 'au saut du lit', 'quand je me lève le matin',
      ]),
      workout: value('pendant le sport', [
        'au sport', 'après le sport', 'pendant l\'entraînement', 'après l\'entraînement', 'à la salle', 'après la salle', 'au gym',
        'à la gym', 'quand je fais du sport', 'en courant', 'quand je cours', 'après la course', 'pendant la muscu', 'à la muscu',
        'en faisant des squats', 'pendant les squats', 'en soulevé de terre', 'au foot', 'au hockey', 'au crossfit', 'en faisant du vélo',
        'pendant mes séances de sport', 'quand je m\'entraîne',
      ]),
      stress: value('quand je suis stressé', [
        'quand je suis stressée', 'après une semaine stressante', 'après une journée stressante', 'avec le stress', 'en période de stress',
        'quand je stresse', 'quand il y a du stress au travail', 'quand je suis sous pression', 'quand je suis tendu', 'quand je suis tendue',
        'après une grosse semaine', 'quand je suis anxieux', 'quand je suis anxieuse', 'quand le travail est chargé', 'après du stress',
      ]),
      varies: value('ça dépend', [
        'ça varie', 'ça change', 'ça dépend des jours', "n'importe quand", 'à tout moment', 'tout le temps', "pas de moment précis",
        "il n'y a pas de règle", 'sans raison', 'au hasard', "c'est aléatoire", 'un peu de tout', 'un peu tout ça', 'tout ça',
        'tous ces moments', 'un mélange', 'je ne sais pas trop quand', 'ça va ça vient', 'à des moments différents',
      ]),
    },
    BodyAreaType: {
      groin: value('entrejambe', ['aine', 'parties intimes', 'parties génitales', 'sexe', 'pubis', 'périnée', 'entre les jambes', 'testicules', 'vagin', 'bourses']),
      bottom: value('fesses', ['fesse', 'derrière', 'cul', 'foufounes', 'postérieur', 'anus', 'coccyx']),
      inner_thighs: value('intérieur des cuisses', ["l'intérieur des cuisses", 'intérieur de la cuisse', 'cuisses', 'cuisse']),
      legs: value('jambes', ['jambe', 'les deux jambes', 'jambe gauche', 'jambe droite', 'pied', 'pieds', 'mollet', 'mollets', 'genou', 'genoux', 'orteils', 'cheville', 'chevilles', 'tibia']),
      glutes: value('fessiers', ['fessier', 'muscles fessiers', 'hanche', 'hanches', 'ischios', 'ischio jambiers', 'quadriceps', 'abdos', 'psoas']),
      back: value('dos', ['bas du dos', 'lombaires', 'colonne', 'reins', 'haut du dos']),
      chest: value('poitrine', ['thorax', 'cœur', 'cage thoracique', 'côtes']),
      bladder: value('vessie', ['intestins', 'urine', 'pipi', 'selles']),
    },
    SensationType: {
      numb: value('engourdi', ['engourdie', 'engourdis', 'engourdies', 'engourdissement', 'engourdissements', 'insensible', 'insensibles', 'endormi', 'endormie', 'endormies', 'mort', 'morte']),
      tingling: value('fourmillements', ['fourmillement', 'fourmis', 'picotements', 'picotement', 'qui picote', 'qui fourmille', 'aiguilles', 'décharges']),
      weak: value('faible', ['faibles', 'faiblesse', 'sans force', 'molle', 'molles', 'qui lâche', 'qui lâchent', 'qui se dérobent', 'lourdes']),
      sharp: value('douleur vive', ['vive', 'vif', 'aiguë', 'coup de poignard', 'coup de couteau', 'fulgurante', 'électrique', 'lancinante', 'élancements']),
      pain: value('douleur', ['douleurs', 'mal', 'douloureux', 'douloureuse', 'douloureuses', 'courbatures', 'tiraillements', 'serré', 'serrée', 'pression']),
      burning: value('brûlure', ['brûlures', 'qui brûle', 'qui brûlent', 'en feu', 'fatigué', 'fatiguée', 'fatiguées', 'qui tremble', 'qui tremblent', 'qui chauffe', 'qui travaille']),
    },
    RoutineLengthType: {
      quick: value('séance rapide', [
        'rapide', 'une rapide', 'une courte', 'courte', 'une séance courte', 'la version courte', 'la version rapide', 'petite séance',
        'une petite séance', 'la courte', 'la rapide', 'quelque chose de rapide', 'quelque chose de court', 'la séance de sept minutes',
        'plus court', 'un truc rapide', 'version express', 'express',
      ]),
      full: value('séance complète', [
        'complète', 'la complète', 'la séance complète', 'tout', 'tous les exercices', 'les dix exercices', 'la version longue', 'longue',
        'la longue', 'une longue', 'la totale', 'le programme complet', 'toute la séance', 'la séance entière', 'plus long', 'le tout',
      ]),
    },
  },

  welcome: ['ouvre hip coach', 'lance hip coach', 'démarre hip coach', 'parler à hip coach', 'bonjour', 'salut', 'allô', 'coucou'],

  skill: {
    name: 'Hip Coach',
    invocationName: 'hip coach',
    summary: 'Un coach vocal pour le mal de dos qui revient : de courtes séances pour débloquer les hanches, réveiller les fessiers et apprendre la charnière de hanche.',
    description: ({ emergencyNumber, doctor }) =>
      'Hip Coach vous guide à la voix, les mains libres, dans de courtes séances quotidiennes pour le mal de bas du dos qui revient. ' +
      'Chaque séance suit trois étapes : débloquer les hanches, réveiller les fessiers, puis apprendre à se pencher depuis les hanches avec la charnière de hanche. ' +
      'Avant tout exercice, quelques questions de sécurité repèrent les signes qui demandent un avis médical. Le coach compte les répétitions et les maintiens, ' +
      'vous pouvez dire j’ai mal à tout moment, et la progression suit un programme de six semaines. ' +
      `Important : Hip Coach donne des conseils d’exercice généraux. Ce n’est pas un avis médical, il ne pose aucun diagnostic et ne remplace pas votre ${doctor} ni un professionnel de la rééducation. ` +
      `En cas d’urgence, appelez le ${emergencyNumber}.`,
    examplePhrases: ['alexa ouvre hip coach', 'alexa demande à hip coach une séance rapide', 'alexa demande à hip coach où j\'en suis'],
    keywords: ['mal de dos', 'dos', 'lombaires', 'hanches', 'étirements', 'mobilité', 'fessiers', 'kiné', 'physio', 'exercices', 'coach', 'santé', 'bien être'],
  },
};
