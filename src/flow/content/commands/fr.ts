// French words for the coach's commands (France and Quebec), as people say them
// when no intent caught the words: "bon ben suivant", "attends une seconde",
// "ça suffit pour aujourd'hui", "ça sert à quoi celui-là", "enweye". Written
// after the French normalisation (../safety/fr.ts): accents folded ("arrete",
// "precedent"), hyphens as spaces ("donne moi", "celui la"), elisions split
// where the safety lexicon knows the word ("c est", "j ai", "qu on", "l exercice")
// and glued where it does not ("j'arrête" is "jarrete", "l'étape" is "letape",
// "qu'est-ce" is "quest ce"): such words are written both ways (el below).
//
// Negation: "ne" and "pas" surround the verb ("je ne suis pas prêt"), spoken
// French drops the "ne" ("je suis pas prêt") and may put "pas" after the verb
// ("on arrête pas", "ça marche pas"). A negator only undoes the phrase right
// after it, so verb-first phrases that take a trailing "pas" have whole
// negator spans of their own (the longest span wins: "on arrete pas" is not a stop).
// Verbs that take a complement about the body or life ("recommencer à courir",
// "je continue à avoir mal", "j'ai arrêté le sport") are commands only alone.
import type { CommandLexicon } from './types';

/** Built on first use (index.ts): a language's words cost nothing at start-up until someone speaks it. */
export function FR_COMMANDS(): CommandLexicon {
  /** An elided word, split ("j arrete") and glued ("jarrete"): today's toWords only splits the words the safety lexicon lists. */
  const el = (before: string, word: string) => `(${before} ${word}|${before}${word})`;

  const MOMENT = 'seconde|secondes|sec|minute|minutes|min|instant|moment|pause';
  const FEW = 'deux|cinq|quelques|2|5';
  const TODAY = `(aujourdhui|aujourd hui|ajd|auj|ce soir|ce matin|a soir|a matin|cet apres midi|la journee|cette fois|cette fois ci|le moment|${el('l', 'instant')}|maintenant|tantot|cette seance|la seance)`;
  /** "celui-là", "cet exercice", "ça": the exercise being talked about. */
  const THIS = `(celui la|celui ci|celle la|celle ci|ca|cet exercice|cet etirement|ce mouvement|cette etape|l exercice|${el('l', 'etape')}|${el('l', 'etirement')}|le mouvement)`;
  const EXERCISE = 'exercice|mouvement|etirement|etape|serie|position|truc';
  const SESSION = 'seance|session|programme|routine|entrainement|serie|version|sequence|pratique';
  const ARRETE = `arrete|arretes|arretez|arretons|arreter|jarrete|sarrete|marrete|tarrete|tarretes|sarreter|marreter|stoppe|stoppez|stopper|stop`;
  const QUEST_CE = '(quest ce|qu est ce|est ce)';

  return {
    commands: {
      next: [
        'suivant', 'suivante', 'le suivant', 'la suivante', 'au suivant', `(${EXERCISE}) suivant|suivante`, `${el('l', 'etape')} suivante`,
        'l exercice suivant', 'le prochain', 'au prochain', `prochain|prochaine ${EXERCISE}`, 'la prochaine etape', 'exercice d apres',
        'passe|passons|passez|passer au suivant|prochain', 'on passe au suivant|prochain', 'passe|passons|passez|passer a la suite',
        'on passe a la suite', 'la suite', 'c est quoi la suite', 'quelle est la suite', 'et la suite', 'on enchaine', 'enchaine|enchainons|enchainez',
        'on avance', 'avancons', 'pret|prete|prets|pretes', 'je suis pret|prete', 'on est pret|prets|pretes', 'fin pret|prete', 'tout pret|prete',
        'je suis en position', 'je suis en place', 'en position', 'je suis installe|installee', 'je suis bien installe|installee', 'j y suis',
        'c est bon', 'c est bon pour moi', 'c est correct', 'c est beau', 'ca y est', 'c est fait', 'c est fini', 'c est termine',
        'j ai fini', 'j ai termine', 'j ai fini l exercice', 'j ai fait (mes|les) repetitions', 'je l ai fait', 'je les ai faits|faites|fait',
        'c est parti', 'on y va', 'on y go', 'allons y', 'vas y', 'allez y', 'go go', 'lets go', 'enweye', 'envoye', 'envoie',
        'on commence', 'on peut commencer', 'commencons', 'on demarre', 'on attaque', 'on continue', 'on continue avec le suivant',
        'la suite svp', 'c est bon on continue', 'et maintenant', 'et maintenant quoi', `on|je termine|finis|finit ${THIS}`,
      ],
      resume: [
        'on reprend', 'reprends|reprenez|reprenons', 'on reprend la ou on en etait', 'on reprend ou on en etait', 'je suis de retour',
        'me revoila', 'me voila', 'me voila de retour', 'rebonjour', 'je suis revenu|revenue', 'je suis la', 'je suis la de nouveau',
        'je suis pret|prete a reprendre|continuer', 'continuons', 'continuez', 'continue la seance', 'continue l exercice',
        'on y retourne', 'on s y remet', 'on sy remet', 'c est reparti', 'ou on en etait', 'on en etait ou', 'ou j en etais',
        'j en etais ou', 'ou en etions nous', 'on reprend la seance', 'sors de la pause', 'enleve la pause', 'fin de la pause',
        'la pause est finie', 'reprise',
      ],
      previous: [
        'precedent', 'precedente', 'le precedent', 'la precedente', `(${EXERCISE}) precedent|precedente`, 'l exercice precedent',
        `${el('l', 'etape')} precedente`, `celui ${el('d', 'avant')}`, `celle ${el('d', 'avant')}`, `l exercice ${el('d', 'avant')}`,
        `le mouvement ${el('d', 'avant')}`, `${el('l', 'etape')} ${el('d', 'avant')}`, 'reviens|revenez|revenons|revenir|retourne|retournez|retourner|retour en arriere',
        'on revient|retourne en arriere', 'en arriere', 'un cran en arriere', 'recule|reculons|reculez d un cran|exercice|etape', 'recule|reculons|reculez un cran',
        'reviens|revenez|retourne|retour au|a precedent|dernier', 'reviens|revenez|retourne|retour a l exercice precedent',
        `reviens|revenez|retourne|retour a celui ${el('d', 'avant')}`, 'refais|refaites|refaire|refaisons le dernier|precedent',
        'on refait le dernier|precedent', 'le dernier encore', 'encore le dernier', 'le dernier exercice encore', 'rembobine',
      ],
      repeat: [
        'repete', 'repetez', 'repeter', 'repete moi ca', 'redis', 'redites', 'redire', 'redis moi ca', 'redis le', 'reexplique', 're explique',
        'encore une fois', 'une fois de plus', 'une autre fois', 'j ai pas compris', 'je n ai pas compris', 'j ai pas bien compris',
        'je n ai pas bien compris', 'j ai rien compris', 'je n ai rien compris', 'j ai pas entendu', 'je n ai pas entendu', 'j ai pas bien entendu',
        'j ai pas saisi', 'je n ai pas saisi', 'j ai pas capte', 'j ai pas catche', 'j ai rate ca', 'j ai manque ca', 'j ai pas suivi',
        'je n ai pas suivi', 'tu as dit quoi', 't as dit quoi', 'vous avez dit quoi', `${QUEST_CE} que tu as dit`, `${QUEST_CE} que vous avez dit`,
        `${QUEST_CE} que t as dit`, 'qu as tu dit', 'quas tu dit', 'tu disais quoi', 'c etait quoi', 'comment tu as dit',
        'parle|parlez plus fort|lentement', 'plus fort', 'plus lentement', 'une fois encore', 'encore une fois svp', 'rebelote', 'de nouveau svp',
      ],
      pause: [
        'pause', 'une pause', 'une petite pause', 'pause pipi', 'fais|faisons|faites|faire une (petite)? pause', 'on fait une (petite)? pause',
        'mets|mettez|mettre|met en pause', 'on met en pause', 'en pause', 'attends', 'attendez', 'attends moi', 'attendez moi',
        `attends|attendez un|une petit|petite? ${MOMENT}`, `attends|attendez ${MOMENT}`, `un|une petit|petite? ${MOMENT}`, `juste un|une petit|petite? ${MOMENT}`,
        `${FEW} ${MOMENT}`, `donne|donnez|laisse|laissez moi un|une petit|petite? ${MOMENT}`, `donne|donnez|laisse|laissez moi ${FEW} ${MOMENT}`,
        `arrete|arretez|stop|stoppe un|une petit|petite? ${MOMENT}`, `arrete|arretez|stop ${FEW} ${MOMENT}`, `arrete|arretez|stop|pause pendant un|une|${FEW} ${MOMENT}`, `attends|attendez ${FEW} ${MOMENT}`, 'laisse|laissez moi souffler',
        'j ai besoin d une pause', 'j ai besoin de souffler', 'besoin d une pause', 'je reprends mon souffle', 'reprendre mon souffle',
        'je souffle un peu', 'je reviens tout de suite', 'je reviens vite', `je reviens dans un|une|${FEW} ${MOMENT}`, 'je reviens',
        'ne quitte|quittez pas', 'bouge pas', 'bougez pas', 'ne bouge|bougez pas', 'minute la', 'une minute la',
        'on sonne', 'on sonne a la porte', 'ca sonne', 'quelqu un sonne', 'quelqu un a la porte', 'il y a quelqu un', 'y a quelqu un',
        'le telephone sonne', 'mon telephone sonne', 'mon cellulaire sonne', 'mon cell sonne', 'le telephone', 'un appel', 'j ai un appel',
        'je dois repondre', 'faut que je reponde', 'temps mort',
      ],
      skip: [
        `passe|passez|passons|passer ${THIS}`, `on passe ${THIS}`, 'je passe mon tour', 'passe ton tour', 'on le passe', 'je le passe',
        'saute|sautez|sautons|sauter', `saute|sautez|sautons|sauter ${THIS}`, 'on saute', `on saute ${THIS}`, 'on le saute', 'je le saute',
        'on peut le sauter', 'zappe|zapper|zappons', 'on zappe', `zappe|zapper ${THIS}`, `on zappe ${THIS}`, `laisse|laissez|laissons tomber ${THIS}`,
        'on laisse tomber celui la', 'pas celui la', 'pas celui ci', 'pas celle la', 'pas cet exercice', 'pas ce mouvement', 'pas cet etirement',
        `un autre ${EXERCISE}`, 'autre chose', 'quelque chose d autre', 'un autre', 'change|changer|changeons|changez d exercice',
        'on change d exercice', `je veux pas faire ${THIS}`, `je ne veux pas faire ${THIS}`, `j ai pas envie de faire ${THIS}`,
        `je n ai pas envie de faire ${THIS}`, `je prefere passer|sauter ${THIS}`, 'je prefere passer|sauter', `je prefere ne pas faire ${THIS}`,
        `je prefere pas faire ${THIS}`, 'passe a autre chose', 'on passe a autre chose', 'passons a autre chose', 'on saute au suivant',
        'saute au suivant', 'sauter au suivant',
      ],
      startOver: [
        'on recommence', 'recommencons', 'recommencez', 'recommence|recommencer|recommencez tout', 'tout recommencer', 'on recommence tout',
        'recommence|recommencer|recommencez|recommencons|reprends|reprendre|reprenez|reprenons|repars|repartir|repartons depuis|a|au|du|de zero|debut|depart',
        'recommence|recommencer|recommencez|recommencons|reprends|reprendre|reprenez|reprenons|repars|repartir|repartons (depuis le|du|au|a partir du|des le) debut|depart',
        'on recommence|reprend|repart depuis|a|au|du zero|debut|depart', 'on recommence|reprend|repart (depuis le|du|au|a partir du) debut|depart',
        'recommence|recommencer|recommencez (la seance|le programme|la routine|l exercice|ca|a zero|tout)',
        'on recommence (la seance|le programme|la routine|a zero)', 'on reprend tout', 'reprendre|reprends tout', 'tout reprendre',
        'depuis le tout debut', 'du tout debut', '(reviens|revenez|retourne|retournez|retour|revenir|retourner|on revient|on retourne) au debut|depart',
        'redemarre|redemarrer|redemarrons|redemarrez', 'redemarre|redemarrer la seance|le programme', 'relance|relancer la seance|le programme',
        'reinitialise|reinitialiser|reinitialisez', 'remise a zero', 'remettre a zero', 'reset', 'on refait tout', 'refais|refaire|refaites tout',
        'tout refaire', 'on refait tout depuis le debut', 'je recommence tout', 'je recommence a zero', 'je recommence depuis le debut',
      ],
      help: [
        'aide moi', 'aidez moi', 'a l aide', 'a laide', `j ai besoin ${el('d', 'aide')}`, `besoin ${el('d', 'aide')}`, 'j ai besoin de ton|votre aide',
        'de l aide', 'de laide', 'l aide', `${QUEST_CE} que je peux|dois|pourrais dire`, `${QUEST_CE} qu on peut dire`, `${QUEST_CE} que je dis`,
        'je peux dire quoi', 'je dis quoi', 'on dit quoi', 'que puis je dire', 'que dois je dire', 'que peut on dire', `${QUEST_CE} que je peux faire`,
        'que puis je faire', 'quelles sont les|mes options', 'mes options', 'les options', 'quelles options', 'quelles sont les commandes',
        'les commandes', 'quelles commandes', 'je suis perdu|perdue|confus|confuse|mele|melee|melange|melangee', 'je comprends pas',
        'je ne comprends pas', 'je comprends rien', 'je ne comprends rien', 'jcomprends pas', 'jcomprends rien', 'je suis pas sur de comprendre',
        `comment (ce truc|ce coach|cette application|${el('l', 'application')}|cette appli|${el('l', 'appli')}|le coach|ce skill) marche|fonctionne`,
        `comment marche|fonctionne (ce truc|ce coach|cette application|${el('l', 'application')}|cette appli|${el('l', 'appli')}|le coach|ce skill)`,
        `comment on utilise (ca|ce truc|cette application|${el('l', 'application')}|le coach)`, 'comment je m en sers', 'comment on s en sert',
        'tu sers a quoi', 'tu peux faire quoi', 'qu est ce que tu sais faire', 'quest ce que tu sais faire', 'tu sais faire quoi',
      ],
      howTo: [
        'comment (on|je) (fait|fais|le fait|le fais|doit|dois|se met|me mets|me place|se place|commence|tient|tiens|respire|bouge|dois je)',
        'comment (on|je) (s installe|sinstalle|m installe|minstalle|se positionne|me positionne|s y prend|m y prends)',
        'comment faire', 'comment faire ca', 'comment faire cet exercice', 'comment il faut faire', 'comment faut il faire', 'comment ca se fait bien',
        'comment on fait ca', 'comment je fais ca', 'comment je fais ca bien', 'comment bien faire', `comment bien faire ${THIS}`,
        'comment ca marche', 'comment ca se passe', 'ca marche comment', 'ca se fait comment', 'on fait comment', 'je fais comment', 'je le fais comment',
        'je m y prends comment', 'on s y prend comment', 'je me mets comment', 'je me place comment', 'je me positionne comment', 'je dois faire comment',
        'explique moi', 'expliquez moi', `(explique|expliquez|explique moi|expliquez moi) ${THIS}`, 'explique|expliquez moi comment',
        el('m', 'expliquer'), 'montre moi', 'montrez moi', 'montre moi comment', 'dis moi comment', 'dites moi comment', 'rappelle moi comment',
        'rappelez moi comment', 'guide moi', 'guidez moi', 'je fais quoi', 'je fais quoi la', 'je dois faire quoi', 'il faut faire quoi',
        'faut faire quoi', 'on fait quoi', `${QUEST_CE} que je fais`, `${QUEST_CE} que je dois faire`, `${QUEST_CE} qu il faut faire`,
        `${QUEST_CE} qu on fait`, 'que dois je faire', 'que faut il faire', 'je fais quoi maintenant', 'c est quoi la (bonne)? position|technique|posture',
        'quelle est la (bonne)? position|technique|posture', 'la bonne position', 'la bonne posture', 'la technique', 'les consignes', 'la consigne',
        'les instructions', 'instructions', 'consignes', 'est ce que je le fais bien|correctement', 'je le fais bien', 'je fais ca bien',
        'je le fais correctement', 'est ce que c est bien comme ca', 'c est bien comme ca', 'c est comme ca', 'comme ca', 'est ce que c est la bonne position',
        'ou je mets|pose|place', 'ou est ce que je mets|pose|place', 'ou dois je mettre|poser|placer', 'je mets|pose|place mes|les mains|pieds|bras|genoux|jambes|fesses ou',
        'combien de fois|repetitions|secondes|series je|on|il', 'combien de temps je|on tiens|tient|reste|garde|dois|fait', 'je tiens combien de temps',
        'combien de temps il faut tenir', 'je fais combien de', 'on en fait combien', 'j en fais combien', 'de quel cote', 'quel cote',
        'dans quel sens', 'jusqu ou', 'je descends jusqu ou',
      ],
      why: [
        'pourquoi on|je|tu|vous|nous|il|cet|cette|ce|ces|ca|celui|celle|faire|le|la|les|l _', 'pourquoi on|je|tu|vous|nous|il|cet|cette|ce|ces|ca|celui|celle|faire|le|la|les|l _ _', 'pourquoi (c est|j ai|j dois|est ce)', 'pourquoi (c est|j ai) _', 'pourquoi (c est|j ai) _ _', 'pourquoi est ce', 'pourquoi il faut', 'ca sert a quoi',
        'a quoi ca sert', 'a quoi sert', `a quoi sert ${THIS}`, 'ca sert a quoi (cet exercice|celui la|ce mouvement|cet etirement)',
        'c est pour quoi', 'c est pour quoi faire', 'pour quoi faire', 'ca fait quoi', `ca fait quoi ${THIS}`, 'ca fait quoi pour mon dos',
        'a quoi bon', 'quel est le but', 'le but', 'c est quoi le but', 'quel est le but de', 'quel est l interet', `${el('l', 'interet')}`,
        'c est quoi l interet', 'c est quoi linteret', 'quel est linteret', 'en quoi ca aide', `en quoi ca ${el('m', 'aide')}`, 'ca aide a quoi',
        'est ce que ca aide', 'est ce que ca marche vraiment', 'ca aide vraiment', 'ca marche vraiment', `ca ${el('m', 'aide')} comment`,
        `ca va ${el('m', 'aider')}`, `ca va ${el('m', 'aider')} comment`, `comment ca va ${el('m', 'aider')}`, `comment ca ${el('m', 'aide')}`,
        'ca travaille quoi', 'ca fait travailler quoi', 'ca etire quoi', 'ca muscle quoi', 'ca renforce quoi', `${QUEST_CE} que ca fait`,
        `${QUEST_CE} que ca travaille`, `${QUEST_CE} que ca apporte`, 'ca apporte quoi', 'ca donne quoi', 'comment ca se fait', 'les bienfaits',
        'les benefices', 'quels sont les bienfaits|benefices', 'est ce que c est bon pour le|mon dos', 'c est bon pour le|mon dos', 'c est utile',
        'est ce que c est utile', 'c est vraiment utile', 'a quoi ca va servir', 'ca va servir a quoi', 'explique moi pourquoi', 'explique pourquoi',
      ],
      progress: [
        'je suis a quelle semaine', 'on est a quelle semaine', 'on est quelle semaine', 'je suis quelle semaine', 'c est quelle semaine',
        'quelle semaine', 'je suis a quel jour|niveau|stade|etape', 'on est a quel jour|niveau|stade', 'quel jour du programme',
        'a quel niveau', 'ou j en suis', 'ou est ce que j en suis', 'j en suis ou', 'ou en suis je', 'ou on en est', 'on en est ou',
        'ou en est on', 'ou en sommes nous', 'ma progression', 'mes progres', 'mon avancement', 'mon avancee', 'mon evolution', 'mon bilan',
        'mes statistiques', 'mes stats', 'mes resultats', 'mes scores', 'mon score', 'comment je m en sors', 'comment je me debrouille',
        'comment ca avance', 'est ce que je progresse', 'je progresse', 'est ce que je m ameliore', 'je m ameliore', 'je fais des progres',
        'j ai fait des progres', 'combien de seances|semaines|jours|sessions', 'il reste combien de seances|semaines|jours|sessions|temps',
        'il me reste combien', 'il reste combien', 'combien il reste', 'combien il me reste', 'combien de temps il reste',
        'combien de seances j ai fait', 'ma serie de jours', 'mon record',
      ],
      deleteData: [
        'efface|effacez|effacer|supprime|supprimez|supprimer|vide|videz|vider|detruis|detruisez|detruire|reinitialise|reinitialiser|enleve|enlevez toutes|tout? mes|mon|ma|les (donnees|informations|infos|progres|historique|resultats|scores|statistiques|stats|details|compte|profil|dossier|enregistrements|seances|traces|renseignements)',
        `efface|effacez|effacer|supprime|supprimez|supprimer|vide|videz|vider (${el('l', 'historique')}|le profil|le compte)`,
        'efface|effacez|effacer|supprime|supprimez|supprimer tout', 'efface|effacez|supprime|supprimez tout ce que (tu sais|vous savez) sur moi',
        'efface|effacez|supprime|supprimez moi', 'oublie|oubliez moi', 'oublie|oubliez tout sur moi', 'oublie|oubliez qui je suis', 'oublie|oubliez tout',
        'oublie|oubliez mes|mon donnees|informations|infos|progres|historique|resultats', 'je veux que tu (m oublies|moublies|m oublie|moublie)',
        'je veux que vous (m oubliez|moubliez)', `${el('m', 'oublier')}`, 'mes donnees personnelles',
      ],
      stop: [
        'arrete', 'arretez', 'arretons', 'arrete tout', 'arretez tout', 'arretons tout', 'arrete|arretez (ca|la seance|l exercice|la|ici|maintenant)',
        'arrete toi', 'arretez vous', 'arretons nous', 'arretons nous la|ici', 'arretons la|ici', 'stop', 'stoppe', 'stoppez', 'stop (ca|tout|la seance)',
        'jarrete', 'j arrete', 'jarrete la|ici', 'j arrete la|ici', 'je marrete', 'je m arrete', 'je marrete la|ici', 'je m arrete la|ici',
        'on arrete', 'on arrete la|ici|tout', 'on sarrete', 'on s arrete', 'on sarrete la|ici', 'on s arrete la|ici',
        'je veux|voudrais|vais|prefere|aimerais|dois|peux arreter', 'je veux|voudrais|vais|prefere|aimerais arreter de faire (ca|l exercice|les exercices|cet exercice|la seance)', 'on peut|va|devrait|doit arreter', 'peut on arreter', 'on peut tu arreter',
        'tu peux|pourrais arreter', 'vous pouvez|pourriez arreter', 'je vais (marreter|m arreter)', 'on va (sarreter|s arreter)',
        'je veux|voudrais|vais|prefere arreter (la seance|les exercices|maintenant|ici|la)', 'on va|peut arreter la|ici|maintenant',
        'on en reste la', 'restons en la', 'on va en rester la', 'je vais en rester la', 'on termine', 'terminons', 'on termine la|ici',
        'fin de la seance', 'termine|terminer|terminons|finis|finir|finissons la seance', 'fin de seance', 'on finit la seance', 'je termine la seance',
        `(c est|ca sera|ce sera|ca va etre) tout pour ${TODAY}`, `(c est|ca sera|ce sera) assez|fini|termine|bon|suffisant pour ${TODAY}`,
        `(ca|c est|ce sera|ca sera) (assez|suffisant|correct|beau|bon) pour ${TODAY}`, `assez pour ${TODAY}`, `tout pour ${TODAY}`,
        `fini pour ${TODAY}`, `termine pour ${TODAY}`, `pour ${TODAY} (c est|ca sera|ce sera) tout|assez|fini|bon`, `(j ai|on a) fini|termine pour ${TODAY}`,
        `je suis (fini|fait) pour ${TODAY}`, `j en ai assez pour ${TODAY}`, `j en ai assez fait pour ${TODAY}`, `ca ira pour ${TODAY}`, `ca va aller pour ${TODAY}`,
        'ca suffit', `ca suffit pour ${TODAY}`, 'ca suffira', `ca suffira pour ${TODAY}`, `on arrete|termine|sarrete pour ${TODAY}`,
        `on s arrete pour ${TODAY}`, `j arrete|jarrete pour ${TODAY}`, `je (m arrete|marrete) pour ${TODAY}`, 'c est assez', `c est assez pour ${TODAY}`,
        `ca sera tout`, 'ce sera tout', `c est toute pour ${TODAY}`, 'j en peux plus', 'je n en peux plus', 'j en ai marre (de la seance|des exercices)',
        'arrete de parler', 'arretez de parler', 'arrete de me parler', 'tais toi', 'taisez vous', 'la ferme', 'ferme la', 'chut', 'silence',
        'quitte', 'quitter', 'quittez', 'quitte l application', 'ferme l application', 'ferme|fermer|quitte|quitter (l application|lapplication|l appli|lappli)',
        'au revoir', 'bye', 'bye bye', 'a la prochaine', 'a demain', 'a plus tard', 'a bientot', 'bonne nuit', 'on se voit demain', 'on se revoit demain',
        'annule', 'annuler', 'annulez', 'on (continue|continuera|reprendra|reprend|finira|fera la suite|termine|terminera) (plus tard|demain)',
        'on reprendra', 'on verra demain', 'on continuera demain', 'je suis tanne', 'j ai assez fait d exercices',
      ],
      quick: [
        `une|la? (seance|session|version|routine|serie|pratique|programme) courte|rapide|express|abregee|reduite|allegee|minute`,
        `une|la? courte|petite|mini|breve (${SESSION})`, `une|la? (${SESSION}) plus courte|rapide|legere`, 'plus court|courte|rapide|bref|breve',
        'quelque chose de court|rapide|bref', 'quelque chose de plus court|rapide', 'un truc rapide|court', 'un truc vite fait', 'vite fait',
        'en vitesse', 'en vitesse aujourd hui', 'version express', 'la rapide', 'la courte', 'la petite', 'la version courte', 'le programme court',
        'je suis presse|pressee', 'je suis un peu presse|pressee', 'je suis pressee par le temps', 'je suis presse par le temps',
        'j ai pas beaucoup|trop de temps', 'je n ai pas beaucoup|trop de temps', 'pas beaucoup|trop de temps', 'peu de temps', 'j ai peu de temps',
        'j ai pas le temps', 'je n ai pas le temps', 'j ai (juste|seulement) quelques|cinq|dix|5|10 minutes', 'j ai que quelques|cinq|dix|5|10 minutes', 'j ai quelques|cinq|dix|quinze|vingt|5|10|15|20 minutes',
        'je n ai que quelques|cinq|dix|5|10 minutes', 'juste|seulement quelques minutes', 'pas trop long|longue', 'rien de trop long',
        'un petit quelque chose', 'quelque chose de rapide aujourd hui', 'une petite seance', 'une mini seance', 'la version rapide',
      ],
      full: [
        `le|la|une? (${SESSION}) complet|complete|entier|entiere|integral|integrale|longue|long|normale|normal`, `le|la|une? (${SESSION}) au complet`,
        `le|la|une? (${SESSION}) plus long|longue`, 'plus long|longue', 'le programme complet', 'la seance complete', 'la totale',
        'tout le programme', 'toute la seance', 'toute la routine', 'tous les exercices', 'faire tous les exercices', 'je veux tout faire',
        'on fait tout', 'faisons tout', 'on fait le tout', 'tout faire', 'au complet', 'en entier', 'le tout', 'la version complete',
        'la complete', 'la longue', 'la grande seance', 'la grosse seance', 'une vraie seance', 'le grand jeu', 'j ai du temps',
        'j ai le temps', 'j ai tout mon temps', 'j ai beaucoup de temps', 'j ai pas mal de temps',
      ],
    },
    alone: {
      next: [
        'ok suivant', 'fait', 'fini', 'finie', 'termine', 'terminee', 'parfait', 'super', 'nickel', 'impeccable', 'tiguidou', 'go', 'allez',
        'allez hop', 'hop', 'ensuite', 'apres', 'et apres', 'et ensuite', 'suite', 'ca marche', 'ca me va', 'je commence',
        'commence', 'commencer', 'avance', 'on bouge', 'correct', 'c est correct la', 'je suis allonge|allongee|couche|couchee|assis|assise|debout',
        'je suis a genoux', 'je suis a quatre pattes', 'je suis sur le dos|ventre|cote|tapis', 'je suis au sol', 'j ai fini la',
      ],
      resume: [
        'continue', 'continuer', 'je continue', 'reprendre', 'je reprends', 'de retour', 'revoila', 'je suis revenu la', 'on continue la',
      ],
      previous: [
        'avant', 'retour', 'le dernier', 'la derniere', 'derniere', 'dernier', 'le dernier encore', 'reviens', 'revenir', 'retour arriere', 'recule',
        'reculer', 'celui davant', 'arriere',
      ],
      repeat: [
        'encore', 'pardon', 'pardon comment', 'comment', 'hein', 'excuse moi', 'excusez moi', 'pardonnez moi', 'de nouveau', 'a nouveau',
        'encore svp', 'redis moi', 'encore un coup', 'desole', 'desolee', 'pardon quoi', 'comment ca',
      ],
      pause: [`un|une petit|petite? ${MOMENT}`, 'minute', 'wo', 'woh', 'whoa', 'wo la'],
      stop: [
        'assez', 'c est assez', 'c est tout', 'j en ai assez', 'j en ai marre', 'fin', 'ca ira', 'ca va aller', 'bonne journee',
        'bonne soiree', 'bonne fin de journee', 'a plus', 'tchao', 'ciao', 'salut a demain', 'c est fini pour moi', 'arreter', 'terminer', 'finir',
      ],
      startOver: [
        'recommence', 'recommencer', 'depuis le debut', 'du debut', 'au debut', 'a zero', 'au depart', 'encore depuis le debut',
        'on repart', 'repartir', 'de zero',
      ],
      help: ['aide', 'laide', 'options', 'de l aide'],
      skip: ['passe', 'je passe', 'saute', 'zappe', 'passer', 'sauter', 'laisse tomber celui la', 'un autre svp'],
      why: ['pourquoi', 'pourquoi ca', 'pourquoi celui la', 'mais pourquoi', 'pour quoi'],
      progress: ['progression', 'progres', 'mes progres', 'statistiques', 'stats', 'bilan'],
      quick: ['rapide', 'court', 'courte', 'bref', 'breve', 'rapide svp', 'vite', 'mini', 'express', 'petite'],
      full: ['complet', 'complete', 'long', 'longue', 'entier', 'entiere', 'tout', 'toute', 'tout ca', 'integral', 'integrale', 'normale', 'normal'],
    },
    politeness: [
      'ok', 'd accord', 'oui', 'ouais', 'stp', 'svp', 'sil te plait', 's il te plait', 's il vous plait', 'sil vous plait', 'ste plait',
      'maintenant', 'juste', 'tout de suite', 'asteure', 'la', 'tu peux', 'vous pouvez', 'peux tu', 'pouvez vous', 'tu peux tu', 'tu pourrais',
      'vous pourriez', 'pourrais tu', 'pourriez vous', 'on peut', 'peut on', 'on peut tu', 'est ce que', 'est ce qu on peut', 'je veux',
      'je voudrais', 'j aimerais', 'on va', 'je vais', 'bon', 'vas y', 'merci', 'encore merci', 'please', 'svp merci',
    ],
    negators: [
      'ne', 'n', 'pas', 'jamais', 'plus', 'sans', 'ne pas', 'ne plus', 'pas encore', 'pas tout de suite', 'pas maintenant', 'pas de', 'pas d',
      'pas besoin de', 'pas besoin d', 'pas la peine de', 'pas la peine d', 'inutile de', 'inutile d', 'pas question de', 'pas question d',
      'je veux pas', 'je ne veux pas', 'evite de', 'evitez de', 'arrete de', 'arretez de', 'arreter de', 'arrete d', 'arretez d', 'au lieu de',
      'plutot que de', 'avant de', 'faut pas', 'il faut pas', 'il ne faut pas', 'pas trop',
      // Verb first, "pas" after it: "on arrête pas", "ça arrête pas de lancer", "ça marche pas".
      `on|je|j|tu|vous|nous|ca|il|elle|ils|elles|qui? ${ARRETE} pas|jamais|plus|point`, 'ca marche pas|plus|jamais|mal', 'ca suffit pas',
      'je suis pas pret|prete', 'c est pas fini|termine|fait|bon|correct|beau', 'on continue pas', 'je continue pas', 'on reprend pas',
      // A past participle or an object, not a command: "j'ai arrêté le sport", "ça a arrêté", "je suis arrêté".
      'ai|as|a|avait|avais|avons|avez|ont|avoir|suis|es|est|etait|etais|sont|sommes|etre|me|se|s|m arrete|arretee|arretes|arretees|arreter',
      'jai arrete', 'j ai fini par', 'j ai fini de', 'fini par', 'c est bon signe', 'c est fini les', 'jour|semaine|mois|fois|matin|soir|nuit|annee suivant|suivante|suivants|suivantes',
      'la semaine|fois prochaine', 'la prochaine fois', 'recommence|recommencer|recommencent|recommencait a|de', 'ca recommence', 'ca reprend',
      'ca continue', 'continue|continuer|continuent|continuait a|de', 'reprendre|reprends|reprend le|la|les sport|travail|course|marche|velo|boulot|gym',
      'je|j|on? veux|voudrais|vais|va|prefere|aimerais|dois|peux|peut|devrait|doit|aimerait arreter|recommencer|reprendre|continuer de|d|a',
      // A duration in a sentence, not a pause: "je tiens deux minutes", "ça fait cinq minutes".
      `tenir|tiens|tient|garder|garde|rester|reste|pendant|depuis|fait|durant|dure|ai _ ${MOMENT}`,
      'ne|n saute|sautez|passe|passez|zappe|zappez pas',
      // "Ça m'est arrivé encore une fois" is about the body, not a request to repeat.
      'arrive|arrivee|eu|recommence|repris|revenu|revenue|reapparu encore', 'arrive|arrivee|eu|recommence|repris|revenu|revenue|reapparu encore une fois',
      'arrive|arrivee|eu|recommence|repris|revenu|revenue|reapparu de nouveau', 'arrive|arrivee|eu|recommence|repris|revenu|revenue|reapparu une fois de plus',
      'passe la journee|nuit|soiree|semaine', 'passe mes journees|nuits', 'pourquoi pas', 'mon dos recommence',
    ],
  };
}
