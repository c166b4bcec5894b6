// Las palabras del contenido en español: ejercicios, variantes, partes,
// preguntas de seguridad y respuestas a cada patrón de dolor. Los hechos salen
// de ../shared/content/seed-article.txt y ../shared/clinical/triage.md; cada
// frase está escrita aquí, para decirse en voz alta, en un español neutro que
// suene natural en España, México y Estados Unidos: tú, imperativos cortos,
// "acuéstate" y "boca arriba" (no "túmbate"), "banda elástica" (no "goma" ni
// "liga"), nada de "vale", "coger" ni "ahorita". Lo que cambia entre países
// (el médico, el trasero, el coche o carro, la distancia) viene de los facts.
// Texto plano: sin marcas ni caracteres que haya que escapar en SSML.
//
// Los nombres van sin artículo (también salen como títulos en pantalla); el
// artículo de cada uno está en cues.ts. Donde los gimnasios usan el nombre en
// inglés (dead bug, clamshell, couch stretch), lo decimos también.
import type { ContentWords, LocaleFacts } from '../types';
import { spanishExtras } from './facts';

export function contentWords(facts: LocaleFacts): ContentWords {
  const { car } = spanishExtras(facts);
  return {
    exercises: {
      ninetyNinety: {
        name: 'rotación de cadera noventa noventa',
        donePhrase: 'las rotaciones noventa noventa',
        setup:
          'Siéntate en el suelo con las rodillas dobladas y los pies apoyados, algo más abiertos que el ancho de la cadera. Apoya las manos en el suelo, detrás de ti.',
        steps: [
          'Deja caer las dos rodillas hacia un lado, de modo que cada pierna forme un ángulo recto.',
          'Mantén el tronco erguido y quédate ahí dos o tres segundos.',
          'Sube las rodillas por el centro y déjalas caer hacia el otro lado.',
          'Cada cambio de lado cuenta como uno.',
        ],
        formCues: [
          'Pecho alto.',
          'Cambia de lado despacio.',
          'Que las rodillas guíen el giro.',
          'Apóyate en las manos si lo necesitas.',
          'Suelta el aire al cambiar.',
        ],
        mistakes: [
          'No fuerces las rodillas hacia el suelo. Llega solo hasta donde te resulte cómodo.',
          'Evita encorvarte o redondear la espalda al girar.',
          'No tengas prisa en el cambio. Lo importante es ir lento.',
        ],
        reason:
          'Cuando tus caderas giran con libertad, la zona lumbar suele tener que girar menos para compensar.',
      },
      couchStretch: {
        name: 'estiramiento del sofá',
        donePhrase: 'los estiramientos del sofá',
        setup:
          'Es el couch stretch de los gimnasios. Ponte de rodillas de espaldas a un sofá o a una pared, con un cojín bajo las rodillas. Desliza una rodilla hacia atrás hasta apoyar la espinilla en el sofá o la pared, y apoya bien el otro pie delante de ti.',
        steps: [
          'Aprieta el glúteo de la pierna de atrás y mete un poco la pelvis, como si escondieras el coxis.',
          'Sube el pecho despacio hasta notar el estiramiento en la parte delantera de esa cadera y del muslo.',
          'Quédate ahí respirando con calma. Si es demasiado, inclínate un poco hacia delante.',
        ],
        formCues: [
          'Mete la pelvis.',
          'Aprieta el glúteo de atrás.',
          'Costillas abajo.',
          'Respira lento y deja que ceda.',
          'Si la rodilla se queja, afloja.',
        ],
        mistakes: [
          'No arquees la zona lumbar para llegar más lejos. Mejor, mete la pelvis.',
          'No aguantes dolor de rodilla. Pon más cojín o sepárate un poco del sofá.',
          'No contengas la respiración.',
        ],
        reason:
          'Si los músculos de delante de la cadera están tensos, tiran de la pelvis hacia delante y cargan la zona lumbar. Soltarlos le da a tu espalda un respiro.',
      },
      pigeon: {
        name: 'paloma boca arriba',
        donePhrase: 'los estiramientos de paloma',
        setup:
          'Acuéstate boca arriba con las rodillas dobladas y los pies apoyados. Cruza un tobillo sobre la rodilla contraria, como si las piernas formaran un cuatro.',
        steps: [
          'Pasa las manos por el hueco y sujeta por detrás el muslo de la pierna apoyada. Acércala con suavidad hacia el pecho.',
          'Para cuando notes el estiramiento en lo profundo del glúteo de la pierna cruzada.',
          'Deja la cabeza y los hombros relajados en el suelo y respira despacio.',
        ],
        formCues: [
          'Respira hondo y suelta.',
          'Hombros descansando en el suelo.',
          'Empuja suave la rodilla cruzada hacia fuera.',
          'Estiramiento sí, dolor no.',
          'El coxis, pegado al suelo.',
        ],
        mistakes: [
          'No tires fuerte. Basta con acercar la pierna con suavidad.',
          'Evita levantar la cabeza o tensar el cuello.',
          'No rebotes. Mantén la postura y respira.',
        ],
        reason:
          'Cuando los músculos de la parte de atrás de la cadera se sueltan, suelen tirar menos de la zona lumbar.',
      },
      hipFlexorFlow: {
        name: 'apertura de flexores de cadera',
        donePhrase: 'la apertura de flexores',
        setup:
          'Ponte con una rodilla en el suelo, sobre un cojín, y el otro pie apoyado delante. Mantén el tronco alto y las manos en la cintura.',
        steps: [
          'Mete la pelvis y lleva el peso un poco hacia delante, hasta notar que se abre la parte delantera de la cadera de la pierna de atrás.',
          'Sube el brazo del lado de la rodilla apoyada y llévalo un poco hacia el otro lado.',
          'Toma aire ahí y vuelve despacio al inicio.',
        ],
        formCues: [
          'Primero, mete la pelvis.',
          'El peso va hacia delante, no te eches atrás.',
          'Estira bien el brazo, hasta la punta de los dedos.',
          'Muévete al ritmo de la respiración.',
          'Costillas abajo, sin tensión.',
        ],
        mistakes: [
          'No arquees la zona lumbar al estirar el brazo. El estiramiento va delante de la cadera.',
          'No des una zancada grande. Basta con un pequeño avance.',
          'Sin prisa. Cada repetición, lenta y fluida.',
        ],
        reason:
          'Después de muchas horas sentado, abrir la parte delantera de la cadera la ayuda a estirarse de nuevo, y la espalda no tiene que arquearse para hacerlo por ella.',
      },
      gluteBridge: {
        name: 'puente de glúteos',
        donePhrase: 'los puentes de glúteos',
        setup:
          'Acuéstate boca arriba con las rodillas dobladas y los pies apoyados, separados al ancho de la cadera. Deja los brazos a los lados.',
        steps: [
          'Empuja con los talones y sube la cadera hasta que rodillas, cadera y hombros queden en línea.',
          'Aprieta los glúteos y aguanta arriba tres segundos.',
          'Baja con control.',
        ],
        formCues: [
          'Empuja con los talones.',
          'Aprieta los glúteos arriba.',
          'Costillas abajo.',
          'Rodillas en línea con los pies.',
          'Baja despacio.',
        ],
        mistakes: [
          'No arquees la zona lumbar para subir más. Para donde trabajen los glúteos.',
          'Evita que las rodillas se junten o se abran.',
          'No subas de puntillas. Los talones, siempre apoyados.',
        ],
        reason:
          'El puente enseña a los glúteos a mover la cadera, un trabajo que la espalda suele asumir cuando ellos no se activan.',
      },
      clamshell: {
        name: 'almeja o clamshell',
        donePhrase: 'las almejas',
        setup:
          'Acuéstate de lado con la cadera y las rodillas dobladas y los talones juntos. Apoya la cabeza en el brazo y pon una cadera justo encima de la otra.',
        steps: [
          'Sin separar los talones, sube despacio la rodilla de arriba.',
          'Llega solo hasta donde puedas sin que la cadera se vaya hacia atrás.',
          'Haz una pausa y bájala despacio.',
        ],
        formCues: [
          'Talones juntos.',
          'Una cadera sobre la otra, sin rodar atrás.',
          'Sube lento, baja lento.',
          'Lo notas en el lateral de la cadera.',
          'Cintura estirada, sin hundirte.',
        ],
        mistakes: [
          'Evita rodar la cadera de arriba hacia atrás para subir más la rodilla.',
          'Procura que los pies no se separen.',
          'No tengas prisa con las repeticiones.',
        ],
        reason:
          'La almeja despierta los músculos del lateral de la cadera, que ayudan a mantener estable la pelvis, y así la espalda tiene menos que sujetar.',
      },
      bandedAbduction: {
        name: 'abducción de cadera con banda',
        donePhrase: 'las abducciones de cadera',
        setup:
          'Ponte de pie junto a una pared o una silla firme y apoya una mano para no perder el equilibrio. Si tienes una banda elástica, pásala por los tobillos, aunque sin ella también funciona.',
        steps: [
          'Pasa el peso a la pierna más cercana al apoyo.',
          'Con la punta del pie mirando al frente, separa la otra pierna hacia un lado, solo un poco.',
          'Haz una pausa y bájala despacio.',
        ],
        formCues: [
          'Cuerpo recto, sin inclinarte.',
          'Punta del pie al frente.',
          'Con subir un poco basta.',
          'Baja despacio y con control.',
          'Lo notas en el lateral de la cadera.',
        ],
        mistakes: [
          'No inclines el cuerpo hacia el otro lado para subir más la pierna.',
          'Evita girar el pie hacia fuera al subir.',
          'No balancees la pierna. Muévela despacio.',
        ],
        reason:
          'Fortalece los músculos del lateral de la cadera, que mantienen la pelvis nivelada al moverte, y así la zona lumbar tiene menos que estabilizar.',
      },
      deadBug: {
        name: 'dead bug',
        donePhrase: 'los dead bugs',
        setup:
          'Acuéstate boca arriba y estira los dos brazos hacia el techo. Sube las rodillas por encima de la cadera, dobladas en ángulo recto.',
        steps: [
          'Suelta el aire y lleva la zona lumbar suavemente hacia el suelo.',
          'Lleva despacio un brazo hacia atrás, por encima de la cabeza, mientras estiras la pierna contraria justo por encima del suelo.',
          'Vuelve al inicio con control. Esa es una repetición.',
        ],
        formCues: [
          'Zona lumbar pegada al suelo.',
          'Suelta el aire al estirar.',
          'Lento y constante.',
          'Costillas abajo, abdomen firme.',
          'Baja solo hasta donde controles.',
        ],
        mistakes: [
          'Que la zona lumbar no se despegue del suelo. Si se despega, acorta el movimiento.',
          'No contengas la respiración.',
          'Sin prisa. Más lento es más difícil, y mejor.',
        ],
        reason:
          'Tu abdomen aprende a mantener el tronco quieto mientras brazos y piernas se mueven, un trabajo de estabilidad que muchas veces acaba haciendo la espalda.',
      },
      hipHinge: {
        name: 'bisagra de cadera',
        donePhrase: 'las bisagras de cadera',
        setup:
          'Ponte de pie con los pies al ancho de la cadera y las rodillas sueltas, un poco flexionadas. Apoya las manos en la cintura.',
        steps: [
          `Lleva la cadera hacia atrás, como si cerraras la puerta del ${car} con ${facts.behind}.`,
          'Deja que el tronco se incline hacia delante, con el pecho alto y la espalda larga y neutra.',
          'Baja despacio hasta notar que trabaja la parte de atrás de los muslos.',
          'Luego aprieta los glúteos y vuelve a subir.',
        ],
        formCues: [
          'Rodillas sueltas.',
          'Cadera atrás, como cerrando una puerta.',
          'Pecho alto.',
          'Espalda larga y neutra.',
          'Que trabajen glúteos e isquiotibiales.',
          'Glúteos activos, zona lumbar tranquila.',
        ],
        mistakes: [
          'No redondees la espalda para bajar más. Para donde la espalda siga larga.',
          'Evita doblar las rodillas como en una sentadilla. La cadera va hacia atrás, no hacia abajo.',
          'Si lo notas en la zona lumbar, haz el movimiento más corto.',
        ],
        reason:
          'Doblarte desde la cadera pasa más trabajo a glúteos e isquiotibiales, y así la zona lumbar se mantiene firme en lugar de hacer la fuerza.',
      },
      wallTap: {
        name: 'bisagra hacia la pared',
        donePhrase: 'las bisagras hacia la pared',
        setup: `Ponte de pie de espaldas a una pared, a unos ${facts.wallDistance}, con los pies al ancho de la cadera y las rodillas sueltas.`,
        steps: [
          'Lleva la cadera hacia atrás, en línea recta, hasta tocar la pared.',
          'Mantén la espalda larga todo el recorrido, sin redondearla.',
          'Aprieta los glúteos para volver a subir.',
        ],
        formCues: [
          'Cadera atrás, hacia la pared.',
          'Espalda larga.',
          'Pecho alto al tocar.',
          'Rodillas sueltas.',
          'Aprieta los glúteos para subir.',
        ],
        mistakes: [
          'No redondees la espalda para llegar a la pared. Si no llegas, acércate un poco.',
          'Evita dejarte caer hacia abajo como en una sentadilla.',
          'No choques con la pared. Basta con un toque suave.',
        ],
        reason:
          'La pared le da a tu cadera un objetivo claro, y así aprende a ir hacia atrás mientras la espalda se mantiene larga.',
      },
    },

    variations: {
      fullPigeon: {
        name: 'postura de la paloma',
        setup:
          'Empieza apoyándote en las manos y las rodillas. Lleva una rodilla hacia delante, hacia la mano del mismo lado, con la espinilla cruzada en diagonal, y estira la otra pierna hacia atrás.',
        steps: [
          'Baja la cadera hasta notar el estiramiento en lo profundo del glúteo de la pierna de delante.',
          'Mantén la cadera nivelada y apóyate en las manos o en los antebrazos.',
          'Si la rodilla o la espalda se quejan, vuelve a la versión boca arriba.',
        ],
      },
      singleLegBridge: {
        name: 'puente de glúteos a una pierna',
        setup:
          'Acuéstate boca arriba con las rodillas dobladas y los pies apoyados. Estira una pierna y mantenla en el aire, en línea con el otro muslo.',
        steps: [
          'Empuja con el talón que está en el suelo y sube la cadera, sin que se incline.',
          'Aguanta arriba y baja con control.',
          'Cada pierna hace su propia serie.',
        ],
      },
      bandedClamshell: {
        name: 'almeja con banda',
        setup:
          'Acuéstate de lado con la cadera y las rodillas dobladas y los talones juntos. Pon una banda elástica suave justo por encima de las rodillas. Si no tienes banda, ve más lento y haz pausas más largas arriba.',
        steps: [
          'Sin separar los talones, abre la rodilla de arriba contra la banda.',
          'Llega solo hasta donde puedas sin que la cadera se vaya hacia atrás.',
          'Haz una pausa y bájala despacio.',
        ],
      },
      loadedHinge: {
        name: 'bisagra de cadera con peso ligero',
        setup:
          'Ponte de pie con los pies al ancho de la cadera y las rodillas sueltas. Sujeta con las dos manos algo ligero pegado al cuerpo, como una kettlebell o una bolsa del súper llena.',
        steps: [
          `Lleva la cadera hacia atrás, como si cerraras la puerta del ${car} con ${facts.behind}.`,
          'Mantén el peso cerca y el pecho alto al inclinarte.',
          'Para cuando trabaje la parte de atrás de los muslos, y aprieta los glúteos para subir.',
        ],
      },
    },

    parts: {
      mobility: {
        intro: 'Primero, vamos a soltar las caderas con movilidad suave.',
        why:
          'Pasar muchas horas sentado o al volante puede dejar la cadera rígida. Si no se mueve con libertad, la zona lumbar acaba compensando al agacharte o al caminar. Soltarla suele ayudar a que la cadera vuelva a repartir el trabajo.',
      },
      activation: {
        intro: 'Ahora vamos a activar los músculos que pueden repartir el trabajo.',
        why:
          'Los glúteos y el abdomen profundo están hechos para el trabajo pesado. Si se usan poco, la espalda acaba haciendo el trabajo por ellos, y se cansa y se irrita. Despertarlos ayuda a que la cadera haga más movimiento mientras el abdomen te sostiene.',
      },
      hinge: {
        intro: 'Última parte: vamos a practicar la bisagra de cadera.',
        why:
          'Mucha carga al agacharte viene de redondear la espalda para llegar abajo. La bisagra te enseña a doblarte desde la cadera, para que glúteos e isquiotibiales se lleven más carga y la espalda acompañe el movimiento en lugar de dirigirlo.',
      },
    },

    triage: {
      saddleNumbness: {
        ask: '¿Notas adormecimiento u hormigueo en los genitales, el trasero o la parte interna de los muslos?',
        rephrase:
          '¿Sientes dormida o con hormigueo la piel de tus partes íntimas, de las nalgas o del interior de los muslos? Por favor, di sí o no.',
      },
      bladderBowel: {
        ask: '¿Has empezado a tener dificultad para orinar, o has perdido el control de la orina o de las heces?',
        rephrase:
          '¿Te cuesta orinar desde hace poco, o se te ha escapado orina o heces sin poder controlarlo? Por favor, di sí o no.',
      },
      legWeakness: {
        ask: '¿Tienes debilidad, adormecimiento u hormigueo en las dos piernas, una debilidad en las piernas que va empeorando, o te cuesta caminar?',
        rephrase:
          '¿Sientes las dos piernas débiles, dormidas o con hormigueo, cada vez más débiles, o te cuesta caminar? Por favor, di sí o no.',
      },
      traumaOrChestPain: {
        ask: '¿Este dolor empezó después de una caída, un choque u otro accidente grave, o tienes dolor en el pecho?',
        rephrase:
          '¿Empezó el dolor por una caída, un choque o un accidente, o te duele el pecho? Por favor, di sí o no.',
      },
      feverUnwell: {
        ask: 'Además del dolor de espalda, ¿tienes fiebre, escalofríos, o te sientes mal en general?',
        rephrase: '¿Ahora mismo tienes fiebre o escalofríos, o te encuentras mal en general? Por favor, di sí o no.',
      },
      weightLoss: {
        ask: '¿Estás perdiendo peso sin proponértelo?',
        rephrase: '¿Has bajado de peso últimamente sin buscarlo? Por favor, di sí o no.',
      },
      constantNightPain: {
        ask: '¿Tienes un dolor constante, que empeora por la noche y no se alivia al descansar ni al cambiar de postura?',
        rephrase:
          '¿El dolor no te da tregua ni descansando ni cambiando de postura, y es peor de noche? Por favor, di sí o no.',
      },
      fractureOrDrugs: {
        ask: '¿Has tenido hace poco un golpe o una caída, y tienes osteoporosis o tomas corticoides en pastillas desde hace tiempo? ¿O te inyectas drogas?',
        rephrase:
          '¿Alguna de estas es verdad? Huesos débiles o corticoides en pastillas desde hace tiempo, y además un golpe o una caída reciente. O drogas inyectadas. Por favor, di sí o no.',
      },
      cancerHistory: {
        ask: '¿Has tenido cáncer alguna vez?',
        rephrase: '¿Has tenido cáncer en algún momento de tu vida? Por favor, di sí o no.',
      },
      weakImmune: {
        ask: '¿Tienes el sistema inmunitario debilitado, por ejemplo por medicamentos o por un tratamiento?',
        rephrase: '¿Tienes las defensas bajas por un tratamiento o por medicinas que tomas desde hace tiempo? Por favor, di sí o no.',
      },
      longOrRecurring: {
        ask: '¿Este dolor dura ya más de dos semanas, o vuelve una y otra vez, por ejemplo después de levantar peso o de estar sentado?',
        rephrase: '¿Llevas más de dos semanas con este dolor, o vuelve cada cierto tiempo? Por favor, di sí o no.',
      },
      stiffness: {
        ask: '¿Tienes rigidez por la mañana que no mejora, o una tensión que no se va aunque estires?',
        rephrase: '¿Notas rigidez cada mañana que no se pasa, o sigues con tensión aunque estires? Por favor, di sí o no.',
      },
      oneLegNumbness: {
        ask: '¿Tienes adormecimiento u hormigueo en una pierna?',
        rephrase: '¿Sientes una de las piernas dormida o con hormigueo? Por favor, di sí o no.',
      },
    },

    patterns: {
      sitting: {
        ack: 'Pasar mucho rato sentado o al volante puede dejar rígida la parte delantera de la cadera, así que primero vamos a abrir los flexores.',
      },
      bending: {
        ack: 'Como te molesta al agacharte o al levantar peso, aprender a doblarte desde la cadera es un buen objetivo para ti.',
      },
      morning: {
        ack: 'Las mañanas pueden costar, así que empezamos con la secuencia suave para ir entrando en calor.',
      },
      workout: {
        ack: 'Como te molesta al entrenar, empezaremos el trabajo de glúteos con el puente, y con una serie extra.',
      },
      stress: {
        ack: 'Una semana difícil suele notarse como tensión, así que empezamos con respiraciones lentas y ponemos primero el dead bug.',
      },
      varies: {
        ack: 'Es algo muy común, así que hoy hacemos la rutina equilibrada.',
      },
    },
  };
}
