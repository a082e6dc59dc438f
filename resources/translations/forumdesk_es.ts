<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>forumdesk bundles (*.forumbundle *.json);;All files (*)</source>
        <translation>Paquetes de forumdesk (*.forumbundle *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Same partner?</source>
        <translation>¿El mismo socio?</translation>
    </message>
    <message>
        <source>This database already has a partner named “{name}”. Is the bundle&apos;s partner the same organisation? Yes adds the forum to it; No makes a new partner.</source>
        <translation>Esta base de datos ya tiene un socio llamado «{name}». ¿Es el socio del paquete la misma organización? Sí añade el foro a ese socio; No crea un socio nuevo.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <source>Import a forum bundle</source>
        <translation>Importar un paquete de foro</translation>
    </message>
    <message>
        <source>“{title}” is already in this database; nothing was added.</source>
        <translation>«{title}» ya está en esta base de datos; no se añadió nada.</translation>
    </message>
    <message>
        <source>The forum was not imported: {reason}</source>
        <translation>El foro no se importó: {reason}</translation>
    </message>
    <message>
        <source>“{title}” was imported.</source>
        <translation>«{title}» se importó.</translation>
    </message>
    <message>
        <source>Export a forum bundle</source>
        <translation>Exportar un paquete de foro</translation>
    </message>
    <message>
        <source>The bundle was not written: {reason}</source>
        <translation>El paquete no se escribió: {reason}</translation>
    </message>
    <message>
        <source>Bundle saved to {path}. Import it on another laptop with File ▸ Import a forum bundle….</source>
        <translation>Paquete guardado en {path}. Impórtelo en otro portátil con Archivo ▸ Importar un paquete de foro….</translation>
    </message>
    <message>
        <source>Compare forums</source>
        <translation>Comparar foros</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Tick two or more forums, then Compare.</source>
        <translation>Marque dos foros o más y pulse Comparar.</translation>
    </message>
    <message>
        <source>Question / forum</source>
        <translation>Pregunta / foro</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Lo que dijeron</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) asked at more than one of these forums.</source>
        <translation>
            <numerusform>%n pregunta planteada en más de uno de estos foros.</numerusform>
            <numerusform>%n preguntas planteadas en más de uno de estos foros.</numerusform>
        </translation>
    </message>
    <message>
        <source>These forums asked no question in common.</source>
        <translation>Estos foros no tienen ninguna pregunta en común.</translation>
    </message>
    <message>
        <source>{title} — forumdesk console</source>
        <translation>{title} — consola de forumdesk</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Room counts</source>
        <translation>Recuentos</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Q&amp;&amp;A</source>
        <translation>P&amp;&amp;R</translation>
    </message>
    <message>
        <source>&amp;Forum</source>
        <translation>&amp;Foro</translation>
    </message>
    <message>
        <source>&amp;Start taking answers</source>
        <translation>&amp;Empezar a recibir respuestas</translation>
    </message>
    <message>
        <source>S&amp;top the server</source>
        <translation>&amp;Detener el servidor</translation>
    </message>
    <message>
        <source>&amp;Look for networks again</source>
        <translation>&amp;Buscar redes de nuevo</translation>
    </message>
    <message>
        <source>&amp;End the forum…</source>
        <translation>&amp;Terminar el foro…</translation>
    </message>
    <message>
        <source>&amp;Close the console</source>
        <translation>&amp;Cerrar la consola</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Pregunta</translation>
    </message>
    <message>
        <source>&amp;Previous question</source>
        <translation>Pregunta &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>Pregunta &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Open / close for answers</source>
        <translation>&amp;Abrir / cerrar a las respuestas</translation>
    </message>
    <message>
        <source>&amp;Reveal / hide results</source>
        <translation>&amp;Mostrar / ocultar resultados</translation>
    </message>
    <message>
        <source>Start / pause the &amp;timer</source>
        <translation>Iniciar / pausar el &amp;temporizador</translation>
    </message>
    <message>
        <source>&amp;Blank the projector</source>
        <translation>&amp;Proyector en negro</translation>
    </message>
    <message>
        <source>Show the &amp;welcome slide</source>
        <translation>Mostrar la diapositiva de &amp;bienvenida</translation>
    </message>
    <message>
        <source>Show “You said, we did” (&amp;follow-up)</source>
        <translation>Mostrar «Ustedes dijeron, nosotros hicimos» (&amp;seguimiento)</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Respuesta</translation>
    </message>
    <message>
        <source>&amp;Hide / show on the projector</source>
        <translation>&amp;Ocultar / mostrar en el proyector</translation>
    </message>
    <message>
        <source>Appro&amp;ve for the projector (review first)</source>
        <translation>&amp;Aprobar para el proyector (revisión previa)</translation>
    </message>
    <message>
        <source>&amp;Star / unstar</source>
        <translation>&amp;Destacar / quitar estrella</translation>
    </message>
    <message>
        <source>&amp;Tag with a theme</source>
        <translation>&amp;Etiquetar con un tema</translation>
    </message>
    <message>
        <source>Show answers to &amp;all questions</source>
        <translation>Mostrar respuestas a &amp;todas las preguntas</translation>
    </message>
    <message>
        <source>&amp;Search answers</source>
        <translation>&amp;Buscar respuestas</translation>
    </message>
    <message>
        <source>S&amp;potlight on the projector</source>
        <translation>&amp;Destacar en el proyector</translation>
    </message>
    <message>
        <source>Next page of the answer &amp;wall</source>
        <translation>Página siguiente del &amp;muro de respuestas</translation>
    </message>
    <message>
        <source>Previous page of the answer wall</source>
        <translation>Página anterior del muro de respuestas</translation>
    </message>
    <message>
        <source>Turn the wall&apos;s pages every {seconds} seconds</source>
        <translation>Pasar las páginas del muro cada {seconds} segundos</translation>
    </message>
    <message>
        <source>Themes &amp;slide on the projector</source>
        <translation>&amp;Diapositiva de temas en el proyector</translation>
    </message>
    <message>
        <source>Suggest th&amp;emes…</source>
        <translation>Sugerir t&amp;emas…</translation>
    </message>
    <message>
        <source>Select si&amp;milar answers</source>
        <translation>Seleccionar respuestas si&amp;milares</translation>
    </message>
    <message>
        <source>Suggest the theme of the &amp;rest…</source>
        <translation>Sugerir el tema del &amp;resto…</translation>
    </message>
    <message>
        <source>Near-&amp;duplicates…</source>
        <translation>Casi &amp;duplicadas…</translation>
    </message>
    <message>
        <source>Count apart a&amp;gain</source>
        <translation>Volver a &amp;separar</translation>
    </message>
    <message>
        <source>Theme {number}</source>
        <translation>Tema {number}</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>&amp;Note box</source>
        <translation>Cuadro de &amp;notas</translation>
    </message>
    <message>
        <source>&amp;Back to the presenter keys</source>
        <translation>&amp;Volver a las teclas de presentación</translation>
    </message>
    <message>
        <source>&amp;Room counts</source>
        <translation>&amp;Recuentos en sala</translation>
    </message>
    <message>
        <source>&amp;Commitments</source>
        <translation>&amp;Compromisos</translation>
    </message>
    <message>
        <source>T&amp;hemes</source>
        <translation>T&amp;emas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Show the &amp;projector</source>
        <translation>Mostrar el &amp;proyector</translation>
    </message>
    <message>
        <source>H&amp;ide the projector</source>
        <translation>&amp;Ocultar el proyector</translation>
    </message>
    <message>
        <source>Projector &amp;full screen</source>
        <translation>Proyector a &amp;pantalla completa</translation>
    </message>
    <message>
        <source>Projector &amp;screen</source>
        <translation>&amp;Pantalla del proyector</translation>
    </message>
    <message>
        <source>Projector &amp;theme</source>
        <translation>&amp;Tema del proyector</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>Create themes in the Themes tab</source>
        <translation>Cree temas en la pestaña Temas</translation>
    </message>
    <message>
        <source>Tag with theme &amp;number (1–9)</source>
        <translation>Etiquetar con el tema &amp;número (1–9)</translation>
    </message>
    <message>
        <source>Hide the answers</source>
        <translation>Ocultar las respuestas</translation>
    </message>
    <message>
        <source>Show the answers again</source>
        <translation>Volver a mostrar las respuestas</translation>
    </message>
    <message>
        <source>Star the answers</source>
        <translation>Destacar las respuestas</translation>
    </message>
    <message>
        <source>Remove the stars</source>
        <translation>Quitar las estrellas</translation>
    </message>
    <message>
        <source>Tag the answers</source>
        <translation>Etiquetar las respuestas</translation>
    </message>
    <message>
        <source>Untag the answers</source>
        <translation>Quitar la etiqueta de las respuestas</translation>
    </message>
    <message>
        <source>Select an answer to read it in full, hide it (H), star it (S) or tag it.</source>
        <translation>Seleccione una respuesta para leerla completa, ocultarla (H), destacarla (S) o etiquetarla.</translation>
    </message>
    <message>
        <source>Projector (hidden): {slide}</source>
        <translation>Proyector (oculto): {slide}</translation>
    </message>
    <message>
        <source>Projector (full screen on {screen}): {slide}</source>
        <translation>Proyector (pantalla completa en {screen}): {slide}</translation>
    </message>
    <message>
        <source>Projector (in a window): {slide}</source>
        <translation>Proyector (en una ventana): {slide}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>results shown</source>
        <translation>resultados visibles</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n respuesta</numerusform>
            <numerusform>%n respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Someone is voting repeatedly on question {number}: one network address tried %n more vote(s) than a phone may send. Those votes were refused and are not counted.</source>
        <translation>
            <numerusform>Alguien vota repetidamente en la pregunta {number}: una dirección de red intentó %n voto más de los que puede enviar un teléfono. Ese voto se rechazó y no cuenta.</numerusform>
            <numerusform>Alguien vota repetidamente en la pregunta {number}: una dirección de red intentó %n votos más de los que puede enviar un teléfono. Esos votos se rechazaron y no cuentan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Someone is voting repeatedly: one network address tried %n more vote(s) than a phone may send. Those votes were refused and are not counted.</source>
        <translation>
            <numerusform>Alguien vota repetidamente: una dirección de red intentó %n voto más de los que puede enviar un teléfono. Ese voto se rechazó y no cuenta.</numerusform>
            <numerusform>Alguien vota repetidamente: una dirección de red intentó %n votos más de los que puede enviar un teléfono. Esos votos se rechazaron y no cuentan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Phones are still connected</source>
        <translation>Aún hay teléfonos conectados</translation>
    </message>
    <message>
        <source>The attendee server is running. Stop it and close the console? The forum stays open so you can resume it later with the same code.</source>
        <translation>El servidor de participantes está en marcha. ¿Detenerlo y cerrar la consola? El foro sigue abierto para que pueda reanudarlo luego con el mismo código.</translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation>Detener y cerrar</translation>
    </message>
    <message>
        <source>Rated {rating}</source>
        <translation>Valoración: {rating}</translation>
    </message>
    <message>
        <source>Q{number}</source>
        <translation>P{number}</translation>
    </message>
    <message>
        <source>late</source>
        <translation>tardía</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>oculta</translation>
    </message>
    <message>
        <source>waiting for review (Y shows it, H hides it)</source>
        <translation>pendiente de revisión (Y la muestra, H la oculta)</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>Let the room ask</source>
        <translation>Dejar preguntar a la sala</translation>
    </message>
    <message>
        <source>Review first</source>
        <translation>Revisar primero</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Abrir ahora</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Destacar</translation>
    </message>
    <message>
        <source>Answering now (projector)</source>
        <translation>Respondiendo ahora (proyector)</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiquetar</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>respondida</translation>
    </message>
    <message numerus="yes">
        <source>%n asked</source>
        <translation>
            <numerusform>%n planteada</numerusform>
            <numerusform>%n planteadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for review</source>
        <translation>
            <numerusform>%n pendiente de revisión</numerusform>
            <numerusform>%n pendientes de revisión</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking is off for this forum.</source>
        <translation>Las preguntas de la sala están desactivadas en este foro.</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Quitar estrella</translation>
    </message>
    <message>
        <source>Reopen the ended forum?</source>
        <translation>¿Reabrir el foro terminado?</translation>
    </message>
    <message>
        <source>“{title}” has ended. Take answers again? Phones can then answer its open questions, and the recap will include what they send.</source>
        <translation>«{title}» ha terminado. ¿Recibir respuestas de nuevo? Los teléfonos podrán responder a sus preguntas abiertas y el resumen incluirá lo que envíen.</translation>
    </message>
    <message>
        <source>This forum has ended: phones can no longer answer. Answers, notes and results are kept; export the recap when you are ready.</source>
        <translation>Este foro ha terminado: los teléfonos ya no pueden responder. Se conservan respuestas, notas y resultados; exporte el resumen cuando quiera.</translation>
    </message>
    <message>
        <source>Export the recap…</source>
        <translation>Exportar el resumen…</translation>
    </message>
    <message>
        <source>End the forum?</source>
        <translation>¿Terminar el foro?</translation>
    </message>
    <message>
        <source>Every question closes and phones can no longer answer. Answers, notes and results stay as they are.</source>
        <translation>Todas las preguntas se cierran y los teléfonos ya no pueden responder. Respuestas, notas y resultados quedan como están.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search answers (Ctrl+F)</source>
        <translation>Buscar (Ctrl+F)</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Destacadas</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Ocultas</translation>
    </message>
    <message>
        <source>Untagged</source>
        <translation>Sin etiquetar</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Tardías</translation>
    </message>
    <message>
        <source>Same answers once</source>
        <translation>Agrupar iguales</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Cualquier tema</translation>
    </message>
    <message>
        <source>Type what is said in the room, then press Enter</source>
        <translation>Escriba lo que se dice en la sala y pulse Intro</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Double-click a note to correct it.</source>
        <translation>Haga doble clic en una nota para corregirla.</translation>
    </message>
    <message>
        <source>Notes go to question {number}.</source>
        <translation>Las notas van a la pregunta {number}.</translation>
    </message>
    <message>
        <source>Notes go to the forum as a whole.</source>
        <translation>Las notas van al foro en su conjunto.</translation>
    </message>
    <message>
        <source>Save room counts</source>
        <translation>Guardar recuentos</translation>
    </message>
    <message>
        <source>Room counts are for choice questions. Go to one to count a show of hands.</source>
        <translation>Los recuentos en sala son para preguntas de opción. Vaya a una para contar manos alzadas.</translation>
    </message>
    <message>
        <source>Show of hands for the current question:</source>
        <translation>Manos alzadas para la pregunta actual:</translation>
    </message>
    <message>
        <source>Room count for {choice}</source>
        <translation>Recuento en sala para {choice}</translation>
    </message>
    <message>
        <source>What we will do (goes into the recap). Double-click to edit.</source>
        <translation>Lo que haremos (va al resumen). Doble clic para editar.</translation>
    </message>
    <message>
        <source>A commitment, then Enter</source>
        <translation>Un compromiso y pulse Intro</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Group answers under themes: select an answer, then press the theme&apos;s number (or Answer ▸ Tag). Double-click a theme to rename it.</source>
        <translation>Agrupe las respuestas por temas: seleccione una respuesta y pulse el número del tema (o Respuesta ▸ Etiquetar). Doble clic en un tema para cambiarle el nombre.</translation>
    </message>
    <message>
        <source>New theme, then Enter</source>
        <translation>Tema nuevo y pulse Intro</translation>
    </message>
    <message>
        <source>Theme to merge into</source>
        <translation>Tema en el que fusionar</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Fusionar en</translation>
    </message>
    <message>
        <source>Select a theme in the list, then choose another one to merge it into.</source>
        <translation>Seleccione un tema de la lista y elija otro en el que fusionarlo.</translation>
    </message>
    <message>
        <source>Suggested themes</source>
        <translation>Temas sugeridos</translation>
    </message>
    <message>
        <source>Tick the themes to keep. Double-click a name to change it; two themes with the same name become one. Nothing is tagged until you press Tag.</source>
        <translation>Marque los temas que quiera conservar. Doble clic en un nombre para cambiarlo; dos temas con el mismo nombre se unen. No se etiqueta nada hasta que pulse Etiquetar.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s), for example: {example}</source>
        <translation>
            <numerusform>%n respuesta, por ejemplo: {example}</numerusform>
            <numerusform>%n respuestas, por ejemplo: {example}</numerusform>
        </translation>
    </message>
    <message>
        <source>Working on the answers…</source>
        <translation>Procesando las respuestas…</translation>
    </message>
    <message>
        <source>The answers could not be grouped: {reason}</source>
        <translation>No se pudieron agrupar las respuestas: {reason}</translation>
    </message>
    <message>
        <source>There are no visible text answers to group yet.</source>
        <translation>Aún no hay respuestas de texto visibles que agrupar.</translation>
    </message>
    <message>
        <source>Tag the suggested themes</source>
        <translation>Etiquetar con los temas sugeridos</translation>
    </message>
    <message numerus="yes">
        <source>%n similar answer(s) selected</source>
        <translation>
            <numerusform>%n respuesta similar seleccionada</numerusform>
            <numerusform>%n respuestas similares seleccionadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag a few answers with each theme first; the rest are then suggested from those examples.</source>
        <translation>Etiquete primero algunas respuestas con cada tema; el resto se sugiere a partir de esos ejemplos.</translation>
    </message>
    <message>
        <source>{theme}: {count} ({surer} surer)</source>
        <translation>{theme}: {count} ({surer} más seguras)</translation>
    </message>
    <message>
        <source>Tag the rest?</source>
        <translation>¿Etiquetar el resto?</translation>
    </message>
    <message numerus="yes">
        <source>%n untagged answer(s), by the examples you tagged:</source>
        <translation>
            <numerusform>%n respuesta sin etiquetar, según los ejemplos que etiquetó:</numerusform>
            <numerusform>%n respuestas sin etiquetar, según los ejemplos que etiquetó:</numerusform>
        </translation>
    </message>
    <message>
        <source>The surer half are those your examples point to most clearly. Tag only them, and the others stay untagged for you to check (filter: Untagged).</source>
        <translation>La mitad más segura son las respuestas que sus ejemplos señalan con más claridad. Etiquete solo esas y las demás quedarán sin etiquetar para que las revise (filtro: Sin etiquetar).</translation>
    </message>
    <message numerus="yes">
        <source>Tag the surer %n</source>
        <translation>
            <numerusform>Etiquetar la más segura (%n)</numerusform>
            <numerusform>Etiquetar las %n más seguras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag all %n</source>
        <translation>
            <numerusform>Etiquetar todo (%n)</numerusform>
            <numerusform>Etiquetar las %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag the rest</source>
        <translation>Etiquetar el resto</translation>
    </message>
    <message>
        <source>Near-duplicates</source>
        <translation>Casi duplicadas</translation>
    </message>
    <message>
        <source>No answers to this question differ only by a typo, a plural or a word added.</source>
        <translation>Ninguna respuesta a esta pregunta difiere solo por una errata, un plural o una palabra añadida.</translation>
    </message>
    <message>
        <source>These answers are not counted together by your choice: answers that differ only in case, accents, punctuation or spacing always count once.</source>
        <translation>Estas respuestas no están agrupadas por decisión suya: las respuestas que solo difieren en mayúsculas, acentos, puntuación o espacios siempre cuentan una vez.</translation>
    </message>
    <message>
        <source>Counted apart again: each text is its own row.</source>
        <translation>Separadas de nuevo: cada texto tiene su propia fila.</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Tema nuevo</translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation>Editar la nota</translation>
    </message>
    <message>
        <source>Delete the note</source>
        <translation>Eliminar la nota</translation>
    </message>
    <message>
        <source>Rename the theme</source>
        <translation>Cambiar el nombre del tema</translation>
    </message>
    <message>
        <source>Delete the theme</source>
        <translation>Eliminar el tema</translation>
    </message>
    <message>
        <source>Merge the themes</source>
        <translation>Fusionar los temas</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Open/close</source>
        <translation>Abrir/cerrar</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Temporizador</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Negro</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Length of the timer</source>
        <translation>Duración del temporizador</translation>
    </message>
    <message>
        <source>Close at zero</source>
        <translation>Cerrar en 0</translation>
    </message>
    <message>
        <source>Close the question for answers when the timer reaches zero</source>
        <translation>Cerrar la pregunta a las respuestas cuando el temporizador llegue a cero</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>No question shown yet</source>
        <translation>Aún no se muestra ninguna pregunta</translation>
    </message>
    <message>
        <source>Press → (or Space) to show question 1 of {count}.</source>
        <translation>Pulse → (o Espacio) para mostrar la pregunta 1 de {count}.</translation>
    </message>
    <message>
        <source>No questions yet</source>
        <translation>Aún no hay preguntas</translation>
    </message>
    <message>
        <source>Add questions in the forum editor.</source>
        <translation>Añada preguntas en el editor del foro.</translation>
    </message>
    <message>
        <source>Question {number} of {count}</source>
        <translation>Pregunta {number} de {count}</translation>
    </message>
    <message>
        <source>open for answers</source>
        <translation>abierta a respuestas</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>Hide results</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message numerus="yes">
        <source>%n late answer(s)</source>
        <translation>
            <numerusform>%n respuesta tardía</numerusform>
            <numerusform>%n respuestas tardías</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem}. Check the disk and the file&apos;s permissions, then try again.</source>
        <translation>{problem}. Revise el disco y los permisos del archivo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Something went wrong: {problem}</source>
        <translation>Algo salió mal: {problem}</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>PDF recap — shareable with the partner</source>
        <translation>Resumen en PDF — para compartir con el socio</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML recap — shareable with the partner (accessible, reads on a phone)</source>
        <translation>Resumen en HTML — para compartir con el socio (accesible, se lee en el móvil)</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>Archivos HTML (*.html)</translation>
    </message>
    <message>
        <source>Spreadsheet recap (XLSX) — shareable with the partner</source>
        <translation>Resumen en hoja de cálculo (XLSX) — para compartir con el socio</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV — shareable with the partner (masked, no small groups, no ids or times)</source>
        <translation>CSV — para compartir con el socio (enmascarado, sin grupos pequeños, sin ids ni horas)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON — shareable with the partner (same rules as the CSV)</source>
        <translation>JSON — para compartir con el socio (mismas reglas que el CSV)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV — INTERNAL, for you only (every answer, small groups, ids and times)</source>
        <translation>CSV — INTERNO, solo para usted (todas las respuestas, grupos pequeños, ids y horas)</translation>
    </message>
    <message>
        <source>JSON — INTERNAL, for you only (the whole forum)</source>
        <translation>JSON — INTERNO, solo para usted (todo el foro)</translation>
    </message>
    <message>
        <source>Export — {title}</source>
        <translation>Exportar — {title}</translation>
    </message>
    <message>
        <source>Choose what to export, review identifying details, then press Export.</source>
        <translation>Elija qué exportar, revise los datos identificativos y pulse Exportar.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Abrir el PDF</translation>
    </message>
    <message>
        <source>Erase what people typed…</source>
        <translation>Borrar lo que escribió la gente…</translation>
    </message>
    <message>
        <source>After the recap is shared: delete the answer texts and room notes, keep the counts</source>
        <translation>Tras compartir el resumen: borrar los textos de las respuestas y las notas de sala, conservar los recuentos</translation>
    </message>
    <message>
        <source>1. Files</source>
        <translation>1. Archivos</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>2. Review identifying details before sharing</source>
        <translation>2. Revisar los datos identificativos antes de compartir</translation>
    </message>
    <message>
        <source>These answers and room notes contain something that may identify a person (an e-mail address, a phone number, a name...). Each is masked (for example [email removed]) in the recap, the exports, the projector and the phones&apos; results, unless you tick “Keep” — e.g. when someone asked to be contacted. The same detail elsewhere follows your choice.</source>
        <translation>Estas respuestas y notas de sala contienen algo que puede identificar a una persona (un correo, un teléfono, un nombre…). Cada dato se enmascara (por ejemplo [email removed]) en el resumen, las exportaciones, el proyector y los resultados de los teléfonos, salvo que marque «Conservar», p. ej. cuando alguien pidió que le contactaran. El mismo dato en otro lugar sigue su elección.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>As it will be shared</source>
        <translation>Tal como se compartirá</translation>
    </message>
    <message>
        <source>No answer or room note contains identifying details.</source>
        <translation>Ninguna respuesta ni nota de sala contiene datos identificativos.</translation>
    </message>
    <message>
        <source>3. Preview of the first pages</source>
        <translation>3. Vista previa de las primeras páginas</translation>
    </message>
    <message>
        <source>The first pages of the recap appear here after the export.</source>
        <translation>Las primeras páginas del resumen aparecen aquí tras exportar.</translation>
    </message>
    <message>
        <source>Keep this detail unmasked everywhere in this forum</source>
        <translation>Dejar este dato sin enmascarar en todo el foro</translation>
    </message>
    <message>
        <source>Answer to Q{number}</source>
        <translation>Respuesta a P{number}</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Room note on Q{number}</source>
        <translation>Nota de sala sobre P{number}</translation>
    </message>
    <message>
        <source>Room note</source>
        <translation>Nota de sala</translation>
    </message>
    <message>
        <source>Found: {detail}&lt;br&gt;As typed: {text}</source>
        <translation>Encontrado: {detail}&lt;br&gt;Tal como se escribió: {text}</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>Tick at least one format and give it a file name.</source>
        <translation>Marque al menos un formato y dele un nombre de archivo.</translation>
    </message>
    <message>
        <source>Check the recap details: {reason}</source>
        <translation>Revise los datos del resumen: {reason}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Exported {files}</source>
        <translation>Exportado: {files}</translation>
    </message>
    <message numerus="yes">
        <source>the recap has %n page(s)</source>
        <translation>
            <numerusform>el resumen tiene %n página</numerusform>
            <numerusform>el resumen tiene %n páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identifying detail(s) masked</source>
        <translation>
            <numerusform>%n dato identificativo enmascarado</numerusform>
            <numerusform>%n datos identificativos enmascarados</numerusform>
        </translation>
    </message>
    <message>
        <source>The export did not complete: {reason}</source>
        <translation>La exportación no terminó: {reason}</translation>
    </message>
    <message>
        <source>No preview: the page renderer (pypdfium2) is not installed or no PDF was exported. Use “Open PDF” to see the recap.</source>
        <translation>Sin vista previa: el renderizador de páginas (pypdfium2) no está instalado o no se exportó ningún PDF. Use «Abrir el PDF» para ver el resumen.</translation>
    </message>
    <message>
        <source>Please wait until the export has finished.</source>
        <translation>Espere a que termine la exportación.</translation>
    </message>
    <message>
        <source>How attendees join</source>
        <translation>Cómo se unen los participantes</translation>
    </message>
    <message>
        <source>Before the room arrives</source>
        <translation>Antes de que llegue el público</translation>
    </message>
    <message>
        <source>Connect the laptop to the network the attendees will use and start the forum&apos;s attendee server from the console. The console and the projector&apos;s welcome slide show a QR code, the join address and a six-letter code.</source>
        <translation>Conecte el portátil a la red que usarán los participantes e inicie el servidor de participantes desde la consola. La consola y la diapositiva de bienvenida del proyector muestran un código QR, la dirección para unirse y un código de seis letras.</translation>
    </message>
    <message>
        <source>In the room</source>
        <translation>En la sala</translation>
    </message>
    <message>
        <source>Attendees scan the QR code with their phone&apos;s camera, or type the address. No app, no account, no name: answers are anonymous. Phones only need to be on the same network as this laptop; no internet is needed.</source>
        <translation>Los participantes escanean el código QR con la cámara del móvil o escriben la dirección. Sin app, sin cuenta, sin nombre: las respuestas son anónimas. Los teléfonos solo tienen que estar en la misma red que este portátil; no hace falta internet.</translation>
    </message>
    <message>
        <source>When phones cannot reach the laptop</source>
        <translation>Cuando los teléfonos no llegan al portátil</translation>
    </message>
    <message>
        <source>Many venue and guest Wi-Fi networks keep devices apart. To tell, open the join address on your own phone, on the same Wi-Fi: if the page does not load while the console shows the server running, the network is blocking it. Then bring a pocket router, or turn on this laptop&apos;s or a phone&apos;s hotspot, and have everyone join that network; the console&apos;s Network list picks up the new address (click Refresh).</source>
        <translation>Muchas redes Wi-Fi de locales y de invitados aíslan los dispositivos. Para saberlo, abra la dirección en su propio móvil, en la misma Wi-Fi: si la página no carga mientras la consola muestra el servidor en marcha, la red lo bloquea. Entonces lleve un router de bolsillo o active el punto de acceso de este portátil o de un móvil, y que todos se unan a esa red; la lista Red de la consola toma la nueva dirección (pulse Actualizar).</translation>
    </message>
    <message>
        <source>If the laptop has several networks</source>
        <translation>Si el portátil tiene varias redes</translation>
    </message>
    <message>
        <source>Choose the one the room uses in the console&apos;s Network list; the QR code follows.</source>
        <translation>Elija la que usa la sala en la lista Red de la consola; el código QR se actualiza.</translation>
    </message>
    <message>
        <source>Welcome to forumdesk</source>
        <translation>Bienvenido a forumdesk</translation>
    </message>
    <message>
        <source>Run a listening forum: questions on the projector, anonymous answers from phones, notes from the room, and a recap for your partner. Everything stays on this laptop.</source>
        <translation>Dirija un foro de escucha: preguntas en el proyector, respuestas anónimas desde los teléfonos, notas de la sala y un resumen para su socio. Todo se queda en este portátil.</translation>
    </message>
    <message>
        <source>Create your first forum…</source>
        <translation>Crear su primer foro…</translation>
    </message>
    <message>
        <source>Open the demo forum</source>
        <translation>Abrir el foro de demostración</translation>
    </message>
    <message>
        <source>Edit forum</source>
        <translation>Editar foro</translation>
    </message>
    <message>
        <source>New forum</source>
        <translation>Foro nuevo</translation>
    </message>
    <message>
        <source>e.g. Spring listening forum with the college&apos;s careers service</source>
        <translation>p. ej. Foro de escucha de primavera con el servicio de empleo del instituto</translation>
    </message>
    <message>
        <source>Who runs the forum, e.g. Northwind Logistics (on the recap&apos;s cover)</source>
        <translation>Quién organiza el foro, p. ej. Northwind Logistics (en la portada del resumen)</translation>
    </message>
    <message>
        <source>How the partner reaches you, e.g. Dana Reyes, careers@northwind.example</source>
        <translation>Cómo le contacta el socio, p. ej. Dana Reyes, careers@northwind.example</translation>
    </message>
    <message>
        <source>Partners…</source>
        <translation>Socios…</translation>
    </message>
    <message>
        <source>The room follows me, question by question</source>
        <translation>La sala me sigue, pregunta a pregunta</translation>
    </message>
    <message>
        <source>Everyone answers at their own pace</source>
        <translation>Cada uno responde a su ritmo</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Phones that were offline send their answers when they are back. Answers to a question that closed less than this long ago are kept, marked late (0: never).</source>
        <translation>Los teléfonos sin conexión envían sus respuestas al volver. Las respuestas a una pregunta cerrada hace menos de este tiempo se conservan, marcadas como tardías (0: nunca).</translation>
    </message>
    <message>
        <source>Review open answers before the room sees them</source>
        <translation>Revisar las respuestas abiertas antes de que las vea la sala</translation>
    </message>
    <message>
        <source>Open answers reach the projector and the phones&apos; results only once you approve them in the console (Y approves, H hides).</source>
        <translation>Las respuestas abiertas llegan al proyector y a los resultados de los teléfonos solo cuando las aprueba en la consola (Y aprueba, H oculta).</translation>
    </message>
    <message>
        <source>Attendees may change a choice or rating while the question is open</source>
        <translation>Los participantes pueden cambiar una opción o valoración mientras la pregunta esté abierta</translation>
    </message>
    <message>
        <source>Still one vote per phone: a change replaces that phone&apos;s earlier vote.</source>
        <translation>Sigue habiendo un voto por teléfono: un cambio sustituye el voto anterior de ese teléfono.</translation>
    </message>
    <message>
        <source>The recap is written in this language; phones whose own language forumdesk does not speak show this one.</source>
        <translation>El informe se redacta en este idioma; los teléfonos cuyo idioma forumdesk no habla muestran este.</translation>
    </message>
    <message>
        <source>The app&apos;s language at export</source>
        <translation>El idioma de la aplicación al exportar</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>Late answers taken for</source>
        <translation>Respuestas tardías aceptadas durante</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Recap language</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <source>Questions (drag, or Ctrl+Up and Ctrl+Down, to reorder)</source>
        <translation>Preguntas (arrastre, o Ctrl+Arriba y Ctrl+Abajo, para reordenar)</translation>
    </message>
    <message>
        <source>Add question…</source>
        <translation>Añadir pregunta…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Save as set…</source>
        <translation>Guardar como conjunto…</translation>
    </message>
    <message>
        <source>Add from a set</source>
        <translation>Añadir desde un conjunto</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n pregunta</numerusform>
            <numerusform>%n preguntas</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} — {count} (saved)</source>
        <translation>{title} — {count} (guardado)</translation>
    </message>
    <message>
        <source>Save as a question set</source>
        <translation>Guardar como conjunto de preguntas</translation>
    </message>
    <message>
        <source>Name of the set:</source>
        <translation>Nombre del conjunto:</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>The questions are saved as the set “{title}”.</source>
        <translation>Las preguntas se guardaron como el conjunto «{title}».</translation>
    </message>
    <message>
        <source>Choose a partner (or add one with Partners…).</source>
        <translation>Elija un socio (o añada uno con Socios…).</translation>
    </message>
    <message>
        <source>Remove answered questions?</source>
        <translation>¿Quitar preguntas con respuestas?</translation>
    </message>
    <message numerus="yes">
        <source>%n of the questions you removed already have answers. Remove them together with their answers?</source>
        <translation>
            <numerusform>%n de las preguntas que quitó ya tiene respuestas. ¿Quitarla junto con sus respuestas?</numerusform>
            <numerusform>%n de las preguntas que quitó ya tienen respuestas. ¿Quitarlas junto con sus respuestas?</numerusform>
        </translation>
    </message>
    <message>
        <source>Open text</source>
        <translation>Texto libre</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Opción única</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Opción múltiple</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>Escala de valoración</translation>
    </message>
    <message>
        <source>Short words (word cloud)</source>
        <translation>Palabras cortas (nube de palabras)</translation>
    </message>
    <message>
        <source>Content slide (no answers)</source>
        <translation>Diapositiva informativa (sin respuestas)</translation>
    </message>
    <message>
        <source>Educational institution</source>
        <translation>Centro educativo</translation>
    </message>
    <message>
        <source>Professional association</source>
        <translation>Asociación profesional</translation>
    </message>
    <message>
        <source>Community group</source>
        <translation>Grupo comunitario</translation>
    </message>
    <message>
        <source>Advocacy group</source>
        <translation>Grupo de defensa</translation>
    </message>
    <message>
        <source>Employment non-profit</source>
        <translation>Entidad sin ánimo de lucro de empleo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>número de teléfono</translation>
    </message>
    <message>
        <source>@handle</source>
        <translation>@usuario</translation>
    </message>
    <message>
        <source>profile link</source>
        <translation>enlace de perfil</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>dirección postal</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>número de identificación</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>person&apos;s name</source>
        <translation>nombre de una persona</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>running now</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>Choose all that apply on your phone</source>
        <translation>Elija en su móvil todas las que correspondan</translation>
    </message>
    <message>
        <source>Rate it on your phone</source>
        <translation>Valórelo en su móvil</translation>
    </message>
    <message>
        <source>Choose one on your phone</source>
        <translation>Elija una en su móvil</translation>
    </message>
    <message>
        <source>Answer on your phone, in your own words</source>
        <translation>Responda en su móvil, con sus palabras</translation>
    </message>
    <message>
        <source>Answer on your phone with a few words</source>
        <translation>Responda en su móvil con pocas palabras</translation>
    </message>
    <message>
        <source>Your answer…</source>
        <translation>Su respuesta…</translation>
    </message>
    <message>
        <source>welcome</source>
        <translation>bienvenida</translation>
    </message>
    <message>
        <source>question</source>
        <translation>pregunta</translation>
    </message>
    <message>
        <source>results</source>
        <translation>resultados</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>negro</translation>
    </message>
    <message>
        <source>you said, we did</source>
        <translation>ustedes dijeron, nosotros hicimos</translation>
    </message>
    <message>
        <source>spotlight</source>
        <translation>destacado</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>temas</translation>
    </message>
    <message>
        <source>the room&apos;s questions</source>
        <translation>preguntas de la sala</translation>
    </message>
    <message>
        <source>Search forums, partners and venues</source>
        <translation>Buscar foros, socios y lugares</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Foro</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>New forum…</source>
        <translation>Foro nuevo…</translation>
    </message>
    <message>
        <source>Run ▶</source>
        <translation>Iniciar ▶</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Save a &amp;backup copy…</source>
        <translation>Guardar una copia de &amp;seguridad…</translation>
    </message>
    <message>
        <source>Re&amp;store from a backup…</source>
        <translation>Res&amp;taurar desde una copia…</translation>
    </message>
    <message>
        <source>Export a forum &amp;bundle…</source>
        <translation>Exportar un &amp;paquete de foro…</translation>
    </message>
    <message>
        <source>&amp;Import a forum bundle…</source>
        <translation>&amp;Importar un paquete de foro…</translation>
    </message>
    <message>
        <source>&amp;Export recap…</source>
        <translation>&amp;Exportar resumen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>F&amp;orum</source>
        <translation>F&amp;oro</translation>
    </message>
    <message>
        <source>&amp;New forum…</source>
        <translation>&amp;Foro nuevo…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Run (live console)</source>
        <translation>&amp;Iniciar (consola en directo)</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplicar</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>&amp;Partners…</source>
        <translation>&amp;Socios…</translation>
    </message>
    <message>
        <source>Partner &amp;page…</source>
        <translation>&amp;Página del socio…</translation>
    </message>
    <message>
        <source>&amp;Compare forums…</source>
        <translation>&amp;Comparar foros…</translation>
    </message>
    <message>
        <source>Create a &amp;demo forum</source>
        <translation>Crear un foro de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Ajustes</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;How attendees join…</source>
        <translation>&amp;Cómo se unen los participantes…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>el idioma del sistema</translation>
    </message>
    <message>
        <source>forumdesk will be in {language} the next time it starts.</source>
        <translation>forumdesk estará en {language} la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>Delete forum?</source>
        <translation>¿Eliminar el foro?</translation>
    </message>
    <message numerus="yes">
        <source>Delete “{title}” with its %n answer(s), notes and commitments? This cannot be undone (save a backup copy first if unsure).</source>
        <translation>
            <numerusform>¿Eliminar «{title}» con su %n respuesta, sus notas y compromisos? No se puede deshacer (guarde antes una copia de seguridad si duda).</numerusform>
            <numerusform>¿Eliminar «{title}» con sus %n respuestas, notas y compromisos? No se puede deshacer (guarde antes una copia de seguridad si duda).</numerusform>
        </translation>
    </message>
    <message>
        <source>“{title}” was still running when forumdesk closed. Resume it with the same code {code} on port {port}? Phones that were connected reconnect by themselves.</source>
        <translation>«{title}» seguía en curso cuando se cerró forumdesk. ¿Reanudarlo con el mismo código {code} en el puerto {port}? Los teléfonos que estaban conectados se reconectan solos.</translation>
    </message>
    <message>
        <source>“{title}” was still running when forumdesk closed. Resume it with the same code {code}? Phones that were connected reconnect by themselves.</source>
        <translation>«{title}» seguía en curso cuando se cerró forumdesk. ¿Reanudarlo con el mismo código {code}? Los teléfonos que estaban conectados se reconectan solos.</translation>
    </message>
    <message>
        <source>Resume the forum?</source>
        <translation>¿Reanudar el foro?</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source>forumdesk databases (*.sqlite)</source>
        <translation>Bases de datos de forumdesk (*.sqlite)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>forumdesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de forumdesk (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Close the live consoles first.</source>
        <translation>Cierre antes las consolas en directo.</translation>
    </message>
    <message>
        <source>forumdesk cannot open that file</source>
        <translation>forumdesk no puede abrir ese archivo</translation>
    </message>
    <message>
        <source>Save a backup copy</source>
        <translation>Guardar una copia de seguridad</translation>
    </message>
    <message>
        <source>The backup copy was not written: {reason}</source>
        <translation>La copia de seguridad no se escribió: {reason}</translation>
    </message>
    <message>
        <source>Backup copy saved to {path}.</source>
        <translation>Copia de seguridad guardada en {path}.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Contact person, goals, anything useful before the next forum</source>
        <translation>Persona de contacto, objetivos, todo lo útil antes del próximo foro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Delete partner?</source>
        <translation>¿Eliminar el socio?</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>¿Eliminar {name}?</translation>
    </message>
    <message>
        <source>Compare these forums…</source>
        <translation>Comparar estos foros…</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Lo que se hizo</translation>
    </message>
    <message>
        <source>Forums over time</source>
        <translation>Foros a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Commitments (edit owner, due date, status and what was done here)</source>
        <translation>Compromisos (edite aquí responsable, fecha, estado y lo que se hizo)</translation>
    </message>
    <message>
        <source>Partner: {name}</source>
        <translation>Socio: {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n forum(s)</source>
        <translation>
            <numerusform>%n foro</numerusform>
            <numerusform>%n foros</numerusform>
        </translation>
    </message>
    <message>
        <source>Asked at more than one forum: </source>
        <translation>Planteada en más de un foro: </translation>
    </message>
    <message>
        <source>No question was asked at more than one forum yet.</source>
        <translation>Aún no se ha planteado ninguna pregunta en más de un foro.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No se guardó: {reason}</translation>
    </message>
    <message>
        <source>Listening forum</source>
        <translation>Foro de escucha</translation>
    </message>
    <message>
        <source>Select a question</source>
        <translation>Seleccione una pregunta</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Anonymous — no names collected</source>
        <translation>Anónimo — no se recogen nombres</translation>
    </message>
    <message>
        <source>On the projector</source>
        <translation>En el proyector</translation>
    </message>
    <message>
        <source>On a phone</source>
        <translation>En un teléfono</translation>
    </message>
    <message>
        <source>forumdesk — projector</source>
        <translation>forumdesk — proyector</translation>
    </message>
    <message>
        <source>The question, as the room will read it</source>
        <translation>La pregunta, tal como la leerá la sala</translation>
    </message>
    <message>
        <source>One choice per line (2 to 12)</source>
        <translation>Una opción por línea (de 2 a 12)</translation>
    </message>
    <message>
        <source>What the room reads under the title (up to {count} characters)</source>
        <translation>Lo que la sala lee bajo el título (hasta {count} caracteres)</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>Elegir imagen…</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>Quitar la imagen</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Enunciado</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Lowest value</source>
        <translation>Valor mínimo</translation>
    </message>
    <message>
        <source>Highest value</source>
        <translation>Valor máximo</translation>
    </message>
    <message>
        <source>Lowest means</source>
        <translation>El mínimo significa</translation>
    </message>
    <message>
        <source>Highest means</source>
        <translation>El máximo significa</translation>
    </message>
    <message>
        <source>Longest answer (characters)</source>
        <translation>Respuesta más larga (caracteres)</translation>
    </message>
    <message>
        <source>Words per answer</source>
        <translation>Palabras por respuesta</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Choose the slide&apos;s image</source>
        <translation>Elegir la imagen de la diapositiva</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Imágenes ({patterns})</translation>
    </message>
    <message>
        <source>Image not used</source>
        <translation>Imagen no utilizada</translation>
    </message>
    <message>
        <source>{reason} The slide keeps its image as it was.</source>
        <translation>{reason} La diapositiva conserva su imagen tal como estaba.</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Sin imagen</translation>
    </message>
    <message>
        <source>{format} image, {size} KB</source>
        <translation>Imagen {format}, {size} KB</translation>
    </message>
    <message>
        <source>(a smaller copy for phones: the file was {size} KB)</source>
        <translation>(una copia más ligera para los teléfonos: el archivo pesaba {size} KB)</translation>
    </message>
    <message>
        <source>The lowest value ({low}) must be below the highest value ({high}).</source>
        <translation>El valor mínimo ({low}) debe ser menor que el máximo ({high}).</translation>
    </message>
    <message>
        <source>A rating scale can have at most {steps} steps.</source>
        <translation>Una escala de valoración puede tener como mucho {steps} pasos.</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Editar pregunta</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Pregunta nueva</translation>
    </message>
    <message>
        <source>Recap details (added to the PDF, HTML and spreadsheet)</source>
        <translation>Datos del resumen (se añaden al PDF, al HTML y a la hoja de cálculo)</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>sin contar</translation>
    </message>
    <message>
        <source>People in the room (your count)</source>
        <translation>Personas en la sala (su recuento)</translation>
    </message>
    <message>
        <source>e.g. about “{theme}”: …</source>
        <translation>p. ej. sobre «{theme}»: …</translation>
    </message>
    <message>
        <source>What did the room tell you?</source>
        <translation>¿Qué le dijo la sala?</translation>
    </message>
    <message>
        <source>Thing we heard {number}</source>
        <translation>Lo que escuchamos {number}</translation>
    </message>
    <message>
        <source>List questions that were never asked, marked “not asked”</source>
        <translation>Incluir las preguntas nunca planteadas, marcadas «no planteada»</translation>
    </message>
    <message>
        <source>Due date (YYYY-MM-DD)</source>
        <translation>Fecha límite (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Commitments: owner and due date</source>
        <translation>Compromisos: responsable y fecha límite</translation>
    </message>
    <message>
        <source>automatic copy while a forum ran</source>
        <translation>copia automática durante un foro</translation>
    </message>
    <message>
        <source>when a forum ended</source>
        <translation>al terminar un foro</translation>
    </message>
    <message>
        <source>when the attendee server stopped</source>
        <translation>al detenerse el servidor de participantes</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>KB</source>
        <translation>KB</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia</translation>
    </message>
    <message>
        <source>Choose the copy to put back. Everything saved after it is replaced; the current file is kept aside first, so nothing is deleted.</source>
        <translation>Elija la copia que quiere recuperar. Todo lo guardado después se sustituye; el archivo actual se aparta antes, así que no se borra nada.</translation>
    </message>
    <message>
        <source>No automatic backups yet (they are kept in {folder}).</source>
        <translation>Aún no hay copias automáticas (se guardan en {folder}).</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Elegir otro archivo…</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Restaurar desde un archivo</translation>
    </message>
    <message>
        <source>That is the database file in use: choose a backup copy.</source>
        <translation>Ese es el archivo de base de datos en uso: elija una copia de seguridad.</translation>
    </message>
    <message>
        <source>An attendee server is starting or stopping. Try again in a moment.</source>
        <translation>Un servidor de participantes se está iniciando o deteniendo. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Put back {backup} in place of {database}? Everything saved after that copy is replaced. The current file is kept aside first, as {stem}-before-restore-&lt;date&gt;-&lt;time&gt;.sqlite in {folder}, so nothing is lost.</source>
        <translation>¿Recuperar {backup} en lugar de {database}? Todo lo guardado después de esa copia se sustituye. El archivo actual se aparta antes, como {stem}-before-restore-&lt;fecha&gt;-&lt;hora&gt;.sqlite en {folder}, así que no se pierde nada.</translation>
    </message>
    <message>
        <source>{names}: taking answers right now. The attendee server stops, phones cannot answer until you start it again, and the consoles close.</source>
        <translation>{names}: recibiendo respuestas ahora mismo. El servidor de participantes se detiene, los teléfonos no pueden responder hasta que lo vuelva a iniciar y las consolas se cierran.</translation>
    </message>
    <message>
        <source>The open consoles close.</source>
        <translation>Las consolas abiertas se cierran.</translation>
    </message>
    <message>
        <source>Restore this copy?</source>
        <translation>¿Restaurar esta copia?</translation>
    </message>
    <message>
        <source>Stop and restore</source>
        <translation>Detener y restaurar</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restoring… (the attendee servers stop first)</source>
        <translation>Restaurando… (primero se detienen los servidores de participantes)</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <source>The file as it was before is kept as {path}.</source>
        <translation>El archivo tal como estaba se guarda como {path}.</translation>
    </message>
    <message>
        <source>Restored the copy {name}.</source>
        <translation>Se restauró la copia {name}.</translation>
    </message>
    <message>
        <source>This copy cannot be restored</source>
        <translation>Esta copia no se puede restaurar</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>{name} was not restored: {reason}</source>
        <translation>{name} no se restauró: {reason}</translation>
    </message>
    <message>
        <source>forumdesk cannot open its data file</source>
        <translation>forumdesk no puede abrir su archivo de datos</translation>
    </message>
    <message>
        <source>Use File ▸ Open database… to open another file.</source>
        <translation>Use Archivo ▸ Abrir base de datos… para abrir otro archivo.</translation>
    </message>
    <message>
        <source>Erase every answer text and room note of “{title}”?

The counts, choices, ratings and themes stay, so the recap can still be exported without the texts. This cannot be undone; backups made before still hold the texts.</source>
        <translation>¿Borrar todos los textos de respuestas y notas de sala de «{title}»?

Los recuentos, opciones, valoraciones y temas se conservan, así que el resumen aún puede exportarse sin los textos. No se puede deshacer; las copias de seguridad anteriores aún contienen los textos.</translation>
    </message>
    <message>
        <source>Erase what people typed</source>
        <translation>Borrar lo que escribió la gente</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Keep the texts</source>
        <translation>Conservar los textos</translation>
    </message>
    <message>
        <source>Erased {answers} and {notes}; the counts are kept.</source>
        <translation>Se borraron {answers} y {notes}; se conservan los recuentos.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer text(s)</source>
        <translation>
            <numerusform>%n texto de respuesta</numerusform>
            <numerusform>%n textos de respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room note(s)</source>
        <translation>
            <numerusform>%n nota de sala</numerusform>
            <numerusform>%n notas de sala</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Texts kept for more than %n day(s)</source>
        <translation>
            <numerusform>Textos guardados más de %n día</numerusform>
            <numerusform>Textos guardados más de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop reminding me</source>
        <translation>No volver a recordármelo</translation>
    </message>
    <message numerus="yes">
        <source>These forums are more than %n day(s) old and still hold what people typed:</source>
        <translation>
            <numerusform>Estos foros tienen más de %n día y aún guardan lo que escribió la gente:</numerusform>
            <numerusform>Estos foros tienen más de %n días y aún guardan lo que escribió la gente:</numerusform>
        </translation>
    </message>
    <message>
        <source>If the recaps are shared, erase the texts from each forum&apos;s Export dialog (“Erase what people typed…”) or with `forumdesk erase --forum ID`.</source>
        <translation>Si los resúmenes ya se compartieron, borre los textos desde el diálogo Exportar de cada foro («Borrar lo que escribió la gente…») o con `forumdesk erase --forum ID`.</translation>
    </message>
    <message>
        <source>● Not taking answers</source>
        <translation>● No recibe respuestas</translation>
    </message>
    <message>
        <source>Start taking answers</source>
        <translation>Recibir respuestas</translation>
    </message>
    <message>
        <source>Stop server</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>Code {code}</source>
        <translation>Código {code}</translation>
    </message>
    <message>
        <source>The network address phones use to reach this laptop</source>
        <translation>La dirección de red que usan los teléfonos para llegar a este portátil</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Look for networks again (after joining the room&apos;s Wi-Fi)</source>
        <translation>Buscar redes de nuevo (tras unirse a la Wi-Fi de la sala)</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) connected</source>
        <translation>
            <numerusform>%n teléfono conectado</numerusform>
            <numerusform>%n teléfonos conectados</numerusform>
        </translation>
    </message>
    <message>
        <source>QR code
once started</source>
        <translation>Código QR
al iniciar</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Red:</translation>
    </message>
    <message>
        <source>127.0.0.1 (this laptop only)</source>
        <translation>127.0.0.1 (solo este portátil)</translation>
    </message>
    <message>
        <source>No network found: only this laptop can join. Connect to the room&apos;s Wi-Fi or your pocket router, then click Refresh.</source>
        <translation>No se encontró ninguna red: solo este portátil puede unirse. Conéctese a la Wi-Fi de la sala o a su router de bolsillo y pulse Actualizar.</translation>
    </message>
    <message numerus="yes">
        <source>This laptop is on %n networks. Check that the address under Network is the one the room&apos;s phones are on.</source>
        <translation>
            <numerusform>Este portátil está en %n red. Compruebe que la dirección en Red es la de los teléfonos de la sala.</numerusform>
            <numerusform>Este portátil está en %n redes. Compruebe que la dirección en Red es la de los teléfonos de la sala.</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Port {requested} was taken by another program, so the server uses port {port}. Phones that joined before must scan the new QR code.</source>
        <translation>El puerto {requested} lo usaba otro programa, así que el servidor usa el puerto {port}. Los teléfonos que ya se unieron deben escanear el nuevo código QR.</translation>
    </message>
    <message>
        <source>The attendee server did not start: {reason} Phones cannot answer until it runs; close other programs using the network port, then Start again.</source>
        <translation>El servidor de participantes no se inició: {reason} Los teléfonos no pueden responder hasta que funcione; cierre otros programas que usen el puerto de red y vuelva a iniciarlo.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Stopped — phones cannot answer</source>
        <translation>Detenido — los teléfonos no pueden responder</translation>
    </message>
    <message>
        <source>The join address is 127.0.0.1: only this laptop can join. Choose a network address under Network.</source>
        <translation>La dirección es 127.0.0.1: solo este portátil puede unirse. Elija una dirección de red en Red.</translation>
    </message>
    <message>
        <source>Saving works again: answers are stored as they arrive, and phones send the ones they kept by themselves.</source>
        <translation>El guardado vuelve a funcionar: las respuestas se almacenan al llegar y los teléfonos envían solos las que tenían pendientes.</translation>
    </message>
    <message>
        <source>● Taking answers</source>
        <translation>● Recibe respuestas</translation>
    </message>
    <message>
        <source>● Starting…</source>
        <translation>● Iniciando…</translation>
    </message>
    <message>
        <source>The attendee server is not available in this build</source>
        <translation>El servidor de participantes no está disponible en esta versión</translation>
    </message>
    <message>
        <source>Questions from the room</source>
        <translation>Preguntas de la sala</translation>
    </message>
    <message>
        <source>No questions yet: ask on your phone</source>
        <translation>Aún no hay preguntas: pregunte desde su móvil</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more on the phones</source>
        <translation>
            <numerusform>+ %n más en los teléfonos</numerusform>
            <numerusform>+ %n más en los teléfonos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from phones   ·   %n counted in the room</source>
        <translation>
            <numerusform>desde los teléfonos   ·   %n contado en la sala</numerusform>
            <numerusform>desde los teléfonos   ·   %n contados en la sala</numerusform>
        </translation>
    </message>
    <message>
        <source>Room count</source>
        <translation>Recuento en sala</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>ONE ANSWER</source>
        <translation>UNA RESPUESTA</translation>
    </message>
    <message>
        <source>THEMES</source>
        <translation>TEMAS</translation>
    </message>
    <message>
        <source>QUESTION {number}</source>
        <translation>PREGUNTA {number}</translation>
    </message>
    <message numerus="yes">
        <source>written by %n people</source>
        <translation>
            <numerusform>escrita por %n persona</numerusform>
            <numerusform>escrita por %n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n tema</numerusform>
            <numerusform>%n temas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tagged answer(s)</source>
        <translation>
            <numerusform>%n respuesta etiquetada</numerusform>
            <numerusform>%n respuestas etiquetadas</numerusform>
        </translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(sin texto)</translation>
    </message>
    <message>
        <source>No themes tagged yet</source>
        <translation>Aún no hay temas etiquetados</translation>
    </message>
    <message numerus="yes">
        <source>%n more theme(s)</source>
        <translation>
            <numerusform>%n tema más</numerusform>
            <numerusform>%n temas más</numerusform>
        </translation>
    </message>
    <message>
        <source>{address}   ·   code {code}</source>
        <translation>{address}   ·   código {code}</translation>
    </message>
    <message>
        <source>SINCE LAST TIME</source>
        <translation>DESDE LA ÚLTIMA VEZ</translation>
    </message>
    <message>
        <source>You said, we did</source>
        <translation>Ustedes dijeron, nosotros hicimos</translation>
    </message>
    <message>
        <source>Nothing was carried over from the last forum.</source>
        <translation>No se trasladó nada del último foro.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more in the recap</source>
        <translation>
            <numerusform>… y %n más en el resumen</numerusform>
            <numerusform>… y %n más en el resumen</numerusform>
        </translation>
    </message>
    <message>
        <source>QUESTION {number} OF {total}</source>
        <translation>PREGUNTA {number} DE {total}</translation>
    </message>
    <message>
        <source>QUESTION</source>
        <translation>PREGUNTA</translation>
    </message>
    <message>
        <source>No question yet</source>
        <translation>Aún no hay pregunta</translation>
    </message>
    <message numerus="yes">
        <source>answer(s)</source>
        <comment>the word after the answer count</comment>
        <translation>
            <numerusform>respuesta</numerusform>
            <numerusform>respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>RESULTS · QUESTION {number} OF {total}</source>
        <translation>RESULTADOS · PREGUNTA {number} DE {total}</translation>
    </message>
    <message>
        <source>RESULTS</source>
        <translation>RESULTADOS</translation>
    </message>
    <message>
        <source>No answers yet</source>
        <translation>Aún no hay respuestas</translation>
    </message>
    <message>
        <source>average out of {max}</source>
        <translation>media sobre {max}</translation>
    </message>
    <message>
        <source>No answers to show</source>
        <translation>No hay respuestas que mostrar</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>página {page} de {pages}</translation>
    </message>
    <message>
        <source>LISTENING FORUM</source>
        <translation>FORO DE ESCUCHA</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera, or open</source>
        <translation>Escanee el código con la cámara del móvil o abra</translation>
    </message>
    <message>
        <source>with {partner}</source>
        <translation>con {partner}</translation>
    </message>
    <message>
        <source>No words yet</source>
        <translation>Aún no hay palabras</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Abrir otro archivo…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Open a forumdesk database</source>
        <translation>Abrir una base de datos de forumdesk</translation>
    </message>
    <message>
        <source>Something went wrong: {problem}

Everything saved before is safe. Details are in the log file.</source>
        <translation>Algo salió mal: {problem}

Todo lo guardado antes está a salvo. Los detalles están en el archivo de registro.</translation>
    </message>
    <message>
        <source>These answers differ only by a typo, a plural or a word added. Tick the groups that say the same thing: each is then counted once, ×N, here, on the projector and in the recap. Every answer stays stored as it was typed.</source>
        <translation>Estas respuestas solo difieren por una errata, un plural o una palabra añadida. Marque los grupos que dicen lo mismo: cada uno se cuenta entonces una vez, ×N, aquí, en el proyector y en el resumen. Cada respuesta se guarda tal como se escribió.</translation>
    </message>
    <message>
        <source>Count as the same</source>
        <translation>Contar como una sola</translation>
    </message>
</context>
</TS>
