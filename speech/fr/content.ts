// Les mots du contenu, en français : exercices, variantes, parties, questions
// de sécurité et réponses aux profils de douleur. Written natively for France
// and Quebec (vous, calm and warm), never translated line by line from
// speech/en/content.ts; facts from ../shared/content/seed-article.txt and
// ../shared/clinical/triage.md.
//
// Names carry their article ("le pont fessier"): French needs it in the middle
// of a sentence and its gender drives the rest, so the templates never build
// one. Constructions that would contract it (à + le = au) are avoided in the
// templates. Exercise names are the ones French-speaking gyms use, English
// included where that is what people say (dead bug, clamshell).
//
// Plain text only: no markup, no characters that need escaping in SSML;
// apostrophes are typographic (’). Adjectives that would take a gender are
// avoided (prêt, assis, tendu), since we do not know who is listening.
import type { ContentWords, LocaleFacts } from '../types';

export function contentWords(facts: LocaleFacts): ContentWords {
  return {
    exercises: {
      ninetyNinety: {
        name: 'la rotation de hanches 90 90',
        donePhrase: 'les rotations 90 90',
        setup:
          'Asseyez-vous au sol, les genoux pliés et les pieds à plat, un peu plus écartés que les hanches. Posez les mains au sol derrière vous pour vous soutenir.',
        steps: [
          'Laissez tomber les deux genoux d’un côté, pour que chaque jambe forme un angle droit.',
          'Grandissez-vous et restez là deux ou trois secondes.',
          'Ramenez les genoux par le milieu, puis laissez-les tomber de l’autre côté.',
          'Chaque passage compte pour un.',
        ],
        formCues: [
          'Le buste bien droit.',
          'Passez d’un côté à l’autre lentement.',
          'Ce sont les genoux qui guident la rotation.',
          'Appuyez-vous sur les mains si besoin.',
          'Soufflez pendant le passage.',
        ],
        mistakes: [
          'Ne forcez pas les genoux vers le sol. Allez seulement jusqu’où c’est confortable.',
          'Évitez de vous affaisser ou d’arrondir le dos pendant la rotation.',
          'Ne précipitez pas le passage. Toute l’idée, c’est la lenteur.',
        ],
        reason:
          'Quand vos hanches tournent librement, le bas du dos a souvent moins besoin de se tordre pour compenser.',
      },
      couchStretch: {
        name: 'l’étirement du canapé',
        donePhrase: 'les étirements du canapé',
        setup:
          'Mettez-vous à genoux dos à un canapé ou à un mur, avec un coussin sous les genoux. Glissez un genou vers l’arrière, jusqu’à appuyer le tibia contre le canapé ou le mur. Posez l’autre pied à plat devant vous.',
        steps: [
          'Serrez le fessier de la jambe arrière et basculez doucement le bassin, le coccyx vers le bas.',
          'Redressez lentement le buste jusqu’à sentir un étirement sur le devant de la hanche et de la cuisse.',
          'Restez là en respirant lentement. Si c’est trop fort, penchez-vous un peu vers l’avant.',
        ],
        formCues: [
          'Le coccyx vers le bas.',
          'Serrez le fessier de la jambe arrière.',
          'Les côtes restent basses.',
          'Respirez lentement, laissez venir.',
          'Relâchez un peu si le genou proteste.',
        ],
        mistakes: [
          'Évitez de creuser le bas du dos pour aller plus loin. Basculez plutôt le bassin.',
          'Ne forcez pas sur une douleur au genou. Ajoutez un coussin, ou éloignez un peu le genou du canapé.',
          'Essayez de ne pas bloquer votre respiration.',
        ],
        reason:
          'Des muscles raides à l’avant de la hanche peuvent basculer le bassin vers l’avant et charger le bas du dos. Les assouplir redonne de la marge à votre dos.',
      },
      pigeon: {
        name: 'le pigeon allongé',
        donePhrase: 'les étirements du pigeon',
        setup:
          'Allongez-vous sur le dos, genoux pliés et pieds à plat. Posez une cheville sur le genou opposé, pour que vos jambes dessinent un chiffre quatre.',
        steps: [
          'Passez les mains derrière la cuisse de la jambe non croisée, et ramenez-la doucement vers la poitrine.',
          'Arrêtez-vous quand vous sentez un étirement profond à l’arrière de la hanche croisée.',
          'Gardez la tête et les épaules détendues au sol, et respirez lentement.',
        ],
        formCues: [
          'Respirez dans l’étirement.',
          'Laissez les épaules reposer au sol.',
          'Poussez doucement le genou croisé vers l’extérieur.',
          'Un étirement, jamais une douleur.',
          'Le coccyx reste au sol.',
        ],
        mistakes: [
          'Évitez de tirer fort. Une traction douce suffit.',
          'Essayez de ne pas lever la tête ni crisper la nuque.',
          'Pas de rebonds. Restez immobile et respirez.',
        ],
        reason:
          'Quand les muscles à l’arrière de la hanche se relâchent, ils tirent en général moins sur le bas du dos.',
      },
      hipFlexorFlow: {
        name: 'l’enchaînement d’ouverture de hanche',
        donePhrase: 'l’enchaînement d’ouverture de hanche',
        setup:
          'Mettez un genou au sol, sur un coussin, et l’autre pied à plat devant vous. Grandissez-vous, le buste droit et les mains sur les hanches.',
        steps: [
          'Basculez le bassin, puis avancez doucement le poids du corps jusqu’à sentir s’ouvrir l’avant de la hanche arrière.',
          'Levez le bras du côté du genou au sol, et penchez-vous légèrement vers l’autre côté.',
          'Prenez une respiration, puis revenez lentement au départ.',
        ],
        formCues: [
          'Basculez le bassin d’abord.',
          'Avancez, sans vous pencher en arrière.',
          'Étirez-vous jusqu’au bout des doigts.',
          'Bougez au rythme de votre souffle.',
          'Les côtes restent basses et souples.',
        ],
        mistakes: [
          'Évitez de creuser le bas du dos en levant le bras. L’étirement se fait à l’avant de la hanche.',
          'Ne partez pas en grande fente. Un petit déplacement vers l’avant suffit.',
          'Ne vous pressez pas. Chaque répétition est lente et fluide.',
        ],
        reason:
          'Après de longues heures sur une chaise, ouvrir l’avant des hanches les aide à se déplier, et le dos a moins besoin de se cambrer à leur place.',
      },
      gluteBridge: {
        name: 'le pont fessier',
        donePhrase: 'les ponts fessiers',
        setup:
          'Allongez-vous sur le dos, genoux pliés et pieds à plat, écartés à peu près de la largeur des hanches. Les bras reposent le long du corps.',
        steps: [
          'Poussez dans les talons et montez le bassin jusqu’à aligner genoux, hanches et épaules.',
          'Serrez les fessiers et tenez en haut, le temps de compter lentement jusqu’à trois.',
          'Redescendez en contrôlant.',
        ],
        formCues: [
          'Poussez dans les talons.',
          'Serrez les fessiers en haut.',
          'Les côtes restent basses.',
          'Les genoux dans l’axe des pieds.',
          'Redescendez lentement.',
        ],
        mistakes: [
          'Évitez de cambrer le bas du dos pour monter plus haut. Arrêtez-vous là où les fessiers travaillent.',
          'Essayez de ne pas laisser les genoux rentrer ni s’écarter.',
          'Ne poussez pas sur la pointe des pieds. Gardez les talons au sol.',
        ],
        reason:
          'Le pont apprend aux fessiers à pousser les hanches, un travail que le dos a tendance à reprendre quand ils restent endormis.',
      },
      clamshell: {
        name: 'le clamshell',
        donePhrase: 'les clamshells',
        setup:
          'Allongez-vous sur le côté, hanches et genoux pliés, talons joints, la tête posée sur le bras. Les hanches sont bien empilées l’une sur l’autre.',
        steps: [
          'Gardez les talons collés et ouvrez lentement le genou du dessus, comme une coquille.',
          'Montez seulement tant que les hanches ne basculent pas vers l’arrière.',
          'Marquez une pause, puis redescendez lentement.',
        ],
        formCues: [
          'Les talons restent joints.',
          'Hanches empilées, ne basculez pas.',
          'Lentement en montant, lentement en descendant.',
          'Sentez le travail sur le côté de la hanche.',
          'Gardez la taille longue.',
        ],
        mistakes: [
          'Évitez de basculer la hanche du dessus vers l’arrière pour monter le genou plus haut.',
          'Essayez de ne pas décoller les pieds l’un de l’autre.',
          'Ne précipitez pas les répétitions.',
        ],
        reason:
          'Le clamshell réveille les muscles sur le côté de la hanche, ceux qui stabilisent le bassin. Votre dos a alors moins de stabilisation à assurer.',
      },
      bandedAbduction: {
        name: 'l’abduction de hanche avec élastique',
        donePhrase: 'les abductions de hanche',
        setup:
          'Debout à côté d’un mur ou d’une chaise solide, le buste droit, posez une main dessus pour l’équilibre. Si vous avez un élastique, passez-le autour des chevilles. Sans élastique, le mouvement marche très bien aussi.',
        steps: [
          'Mettez le poids du corps sur la jambe la plus proche de l’appui.',
          'Gardez les orteils vers l’avant et levez l’autre jambe un peu sur le côté.',
          'Marquez une pause, puis redescendez lentement.',
        ],
        formCues: [
          'Le buste droit, sans vous pencher.',
          'Les orteils pointent vers l’avant.',
          'Une petite montée suffit.',
          'Redescendez lentement, en contrôlant.',
          'Sentez le travail sur le côté de la hanche.',
        ],
        mistakes: [
          'Évitez de pencher le buste de l’autre côté pour lever la jambe plus haut.',
          'Essayez de ne pas tourner le pied vers l’extérieur en montant.',
          'Ne balancez pas la jambe. Bougez lentement.',
        ],
        reason:
          'Ce mouvement renforce les muscles du côté de la hanche, qui gardent le bassin à niveau quand vous bougez. Le bas du dos a moins à stabiliser.',
      },
      deadBug: {
        name: 'le dead bug',
        donePhrase: 'les dead bugs',
        setup:
          'Allongez-vous sur le dos et tendez les deux bras vers le plafond. Montez les genoux au-dessus des hanches, pliés à angle droit.',
        steps: [
          'Soufflez et plaquez doucement le bas du dos vers le sol.',
          'Lentement, amenez un bras vers l’arrière, au-dessus de la tête, pendant que la jambe opposée se tend, juste au-dessus du sol.',
          'Revenez au départ en contrôlant. Ça fait un.',
        ],
        formCues: [
          'Le bas du dos reste au sol.',
          'Soufflez en tendant le bras et la jambe.',
          'Lentement, tranquillement.',
          'Côtes basses, ventre ferme.',
          'Descendez seulement tant que vous contrôlez.',
        ],
        mistakes: [
          'Évitez que le bas du dos se décolle du sol. Si c’est le cas, réduisez l’amplitude.',
          'Essayez de ne pas bloquer votre respiration.',
          'Ne vous pressez pas. Plus c’est lent, plus c’est difficile, et mieux c’est.',
        ],
        reason:
          'Vos abdominaux profonds apprennent à garder le tronc stable pendant que bras et jambes bougent, un travail de stabilité que le dos finit souvent par assurer seul.',
      },
      hipHinge: {
        name: 'la charnière de hanche',
        donePhrase: 'les charnières de hanche',
        setup:
          'Debout, pieds écartés à peu près de la largeur des hanches, genoux légèrement fléchis. Posez les mains sur les hanches.',
        steps: [
          `Envoyez les hanches vers l’arrière, comme pour refermer une portière de voiture avec les ${facts.behind}.`,
          'Laissez le buste s’incliner vers l’avant, la poitrine ouverte et le dos long et neutre.',
          'Descendez lentement jusqu’à sentir travailler l’arrière des cuisses.',
          'Puis serrez les fessiers et redressez-vous.',
        ],
        formCues: [
          'Genoux souples.',
          'Les hanches en arrière, comme pour fermer une portière.',
          'La poitrine reste ouverte.',
          'Le dos long et neutre.',
          'Sentez-le dans les fessiers et l’arrière des cuisses.',
          'Les fessiers travaillent, le bas du dos reste tranquille.',
        ],
        mistakes: [
          'Évitez d’arrondir le dos pour descendre plus bas. Arrêtez-vous là où le dos reste long.',
          'Essayez de ne pas plier les genoux comme pour un squat. Les hanches vont vers l’arrière, pas vers le bas.',
          'Si vous le sentez dans le bas du dos, faites un mouvement plus petit.',
        ],
        reason:
          'Se pencher depuis les hanches confie une plus grande part du travail aux fessiers et à l’arrière des cuisses. Le bas du dos peut rester stable au lieu de tout soulever.',
      },
      wallTap: {
        name: 'l’exercice du mur',
        donePhrase: 'l’exercice du mur',
        setup: `Debout, dos au mur, à environ ${facts.wallDistance} du mur, pieds écartés de la largeur des hanches et genoux souples.`,
        steps: [
          'Poussez les hanches droit vers l’arrière jusqu’à toucher le mur.',
          'Gardez le dos long du début à la fin, sans l’arrondir.',
          'Serrez les fessiers pour vous redresser.',
        ],
        formCues: [
          'Les hanches vers le mur.',
          'Le dos reste long.',
          'La poitrine ouverte quand vous touchez.',
          'Genoux souples.',
          'Serrez les fessiers pour remonter.',
        ],
        mistakes: [
          'Évitez d’arrondir le dos pour atteindre le mur. Si vous n’y arrivez pas, rapprochez-vous un peu.',
          'Essayez de ne pas descendre tout droit comme pour un squat.',
          'Ne cognez pas le mur. Un simple contact suffit.',
        ],
        reason:
          'Le mur donne une cible claire à vos hanches. Elles apprennent à reculer pendant que le dos reste long.',
      },
    },

    variations: {
      fullPigeon: {
        name: 'la posture du pigeon',
        setup:
          'Mettez-vous à quatre pattes. Amenez un genou vers la main du même côté, le tibia en biais devant vous, et faites glisser l’autre jambe tendue vers l’arrière.',
        steps: [
          'Descendez les hanches jusqu’à sentir un étirement profond à l’arrière de la hanche de la jambe avant.',
          'Gardez les hanches à niveau, en appui sur les mains ou les avant-bras.',
          'Si le genou ou le dos proteste, revenez à la version allongée sur le dos.',
        ],
      },
      singleLegBridge: {
        name: 'le pont fessier sur une jambe',
        setup:
          'Allongez-vous sur le dos, genoux pliés et pieds à plat. Tendez une jambe et gardez-la en l’air, dans le prolongement de l’autre cuisse.',
        steps: [
          'Poussez dans le talon resté au sol et montez le bassin, bien à niveau.',
          'Tenez en haut, puis redescendez en contrôlant.',
          'Chaque jambe a sa propre série.',
        ],
      },
      bandedClamshell: {
        name: 'le clamshell avec élastique',
        setup:
          'Allongez-vous sur le côté, hanches et genoux pliés, talons joints. Placez un élastique léger juste au-dessus des genoux. Pas d’élastique? Allez plus lentement et tenez plus longtemps en haut.',
        steps: [
          'Gardez les talons collés et ouvrez le genou du dessus contre l’élastique.',
          'Montez seulement tant que les hanches ne basculent pas vers l’arrière.',
          'Marquez une pause, puis redescendez lentement.',
        ],
      },
      loadedHinge: {
        name: 'la charnière de hanche avec une charge légère',
        setup:
          'Debout, pieds écartés de la largeur des hanches, genoux souples. Tenez à deux mains, près du corps, quelque chose de léger, comme un kettlebell ou un sac de courses plein.',
        steps: [
          `Envoyez les hanches vers l’arrière, comme pour refermer une portière de voiture avec les ${facts.behind}.`,
          'Gardez la charge près du corps et la poitrine ouverte en vous penchant.',
          'Arrêtez-vous quand l’arrière des cuisses travaille, puis serrez les fessiers pour vous redresser.',
        ],
      },
    },

    parts: {
      mobility: {
        intro: 'Pour commencer, on débloque les hanches, tout en douceur.',
        why:
          'Les longues heures en position assise ou au volant peuvent raidir les hanches. Quand elles bougent mal, le bas du dos prend le relais dès que vous vous penchez ou que vous marchez. Les assouplir aide souvent les hanches à reprendre leur part du travail.',
      },
      activation: {
        intro: 'Maintenant, on réveille les muscles qui peuvent partager l’effort.',
        why:
          'Vos fessiers et vos abdominaux profonds sont faits pour les gros efforts. S’ils travaillent peu, le dos finit par compenser, et il se fatigue et s’irrite. Les réveiller aide les hanches à faire une plus grande part du mouvement, pendant que les abdominaux vous stabilisent.',
      },
      hinge: {
        intro: 'Dernière partie : on travaille la charnière de hanche.',
        why:
          'Quand on se penche, la tension vient souvent d’un dos qui s’arrondit pour descendre. La charnière vous apprend à plier aux hanches, pour que les fessiers et l’arrière des cuisses prennent plus de charge, et que le dos accompagne le mouvement au lieu de le porter.',
      },
    },

    triage: {
      saddleNumbness: {
        ask: 'Avez-vous des engourdissements ou des fourmillements autour des parties génitales, des fesses ou de l’intérieur des cuisses?',
        rephrase:
          'Sentez-vous moins bien la peau autour du sexe, des fesses ou de l’intérieur des cuisses, ou avez-vous des picotements à cet endroit? Dites oui ou non, s’il vous plaît.',
      },
      bladderBowel: {
        ask: 'Avez-vous, depuis peu, du mal à uriner, ou des fuites d’urine ou de selles que vous ne contrôlez pas?',
        rephrase:
          'Est-ce nouveau pour vous d’avoir du mal à faire pipi, ou de ne plus pouvoir retenir l’urine ou les selles? Dites oui ou non, s’il vous plaît.',
      },
      legWeakness: {
        ask: 'Avez-vous une faiblesse, des engourdissements ou des fourmillements dans les deux jambes, une jambe qui faiblit de plus en plus, ou du mal à marcher?',
        rephrase:
          'Avez-vous les deux jambes faibles, engourdies ou qui fourmillent, des jambes qui faiblissent de plus en plus, ou du mal à marcher? Dites oui ou non, s’il vous plaît.',
      },
      traumaOrChestPain: {
        ask: 'Cette douleur a-t-elle commencé après une chute, un accident de voiture ou un autre accident grave, ou avez-vous mal à la poitrine?',
        rephrase:
          'Est-ce qu’une chute ou un accident a déclenché cette douleur, ou avez-vous une douleur dans la poitrine? Dites oui ou non, s’il vous plaît.',
      },
      feverUnwell: {
        ask: 'En plus de votre mal de dos, avez-vous de la fièvre, des frissons, ou vous sentez-vous malade en général?',
        rephrase: 'En ce moment, avez-vous de la fièvre ou des frissons, ou vous sentez-vous mal de façon générale? Dites oui ou non, s’il vous plaît.',
      },
      weightLoss: {
        ask: 'Avez-vous perdu du poids sans le vouloir?',
        rephrase: 'Ces derniers temps, avez-vous maigri sans chercher à maigrir? Dites oui ou non, s’il vous plaît.',
      },
      constantNightPain: {
        ask: 'Votre douleur est-elle là tout le temps, pire la nuit, sans aucun soulagement au repos ni en changeant de position?',
        rephrase:
          'La douleur ne vous laisse-t-elle jamais de répit, même au repos ou en changeant de position, et s’aggrave-t-elle la nuit? Dites oui ou non, s’il vous plaît.',
      },
      fractureOrDrugs: {
        ask: 'L’un de ces cas vous concerne-t-il: de l’ostéoporose ou de la cortisone en comprimés depuis longtemps, avec une chute ou un choc récent, ou la prise de drogues par injection?',
        rephrase:
          'Est-ce le cas pour vous? Des os fragiles ou de la cortisone en comprimés depuis longtemps, avec une chute ou un choc récent. Ou la prise de drogues par injection. Dites oui ou non, s’il vous plaît.',
      },
      cancerHistory: {
        ask: 'Avez-vous déjà eu un cancer?',
        rephrase: 'Avez-vous eu un cancer, à un moment ou à un autre? Dites oui ou non, s’il vous plaît.',
      },
      weakImmune: {
        ask: 'Avez-vous un système immunitaire affaibli, par exemple à cause d’un traitement ou de médicaments?',
        rephrase: 'Vos défenses immunitaires sont-elles diminuées, par un traitement ou des médicaments au long cours? Dites oui ou non, s’il vous plaît.',
      },
      longOrRecurring: {
        ask: 'Cette douleur dure-t-elle depuis plus de deux semaines, ou revient-elle par crises, par exemple après avoir porté une charge ou passé des heures sur une chaise?',
        rephrase: 'Avez-vous cette douleur depuis plus de deux semaines, ou revient-elle sans cesse? Dites oui ou non, s’il vous plaît.',
      },
      stiffness: {
        ask: 'Avez-vous le matin une raideur qui ne passe pas, ou des tensions que les étirements n’ont pas soulagées?',
        rephrase: 'Êtes-vous raide chaque matin, sans que ça passe, ou gardez-vous des tensions même en vous étirant? Dites oui ou non, s’il vous plaît.',
      },
      oneLegNumbness: {
        ask: 'Avez-vous des engourdissements ou des fourmillements dans une jambe?',
        rephrase: 'Avez-vous une jambe engourdie, ou qui fourmille? Dites oui ou non, s’il vous plaît.',
      },
    },

    patterns: {
      sitting: {
        ack: 'Les longues heures en position assise ou en voiture raidissent souvent l’avant des hanches. On va donc commencer par ouvrir les fléchisseurs de hanche.',
      },
      bending: {
        ack: 'Puisque ça vient quand vous vous penchez ou soulevez quelque chose, on va surtout apprendre à vous pencher depuis les hanches.',
      },
      morning: {
        ack: 'Le matin, le corps est souvent raide. On commence donc par un enchaînement doux, pour vous mettre en route.',
      },
      workout: {
        ack: 'Puisque ça se déclenche pendant l’entraînement, le pont fessier ouvrira le travail des fessiers, avec une série en plus.',
      },
      stress: {
        ack: 'Une semaine chargée se traduit souvent par des tensions. On commence par quelques respirations lentes, et le dead bug passe en premier.',
      },
      varies: {
        ack: 'C’est très courant. Aujourd’hui, on garde la séance équilibrée.',
      },
    },
  };
}
