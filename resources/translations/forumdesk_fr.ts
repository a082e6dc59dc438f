<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>forumdesk bundles (*.forumbundle *.json);;All files (*)</source>
        <translation>Paquets forumdesk (*.forumbundle *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Same partner?</source>
        <translation>Même partenaire ?</translation>
    </message>
    <message>
        <source>This database already has a partner named “{name}”. Is the bundle&apos;s partner the same organisation? Yes adds the forum to it; No makes a new partner.</source>
        <translation>Cette base contient déjà un partenaire nommé « {name} ». Le partenaire du paquet est-il la même organisation ? Oui y ajoute le forum ; Non crée un nouveau partenaire.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>Import a forum bundle</source>
        <translation>Importer un paquet de forum</translation>
    </message>
    <message>
        <source>“{title}” is already in this database; nothing was added.</source>
        <translation>« {title} » est déjà dans cette base ; rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>The forum was not imported: {reason}</source>
        <translation>Le forum n&apos;a pas été importé : {reason}</translation>
    </message>
    <message>
        <source>“{title}” was imported.</source>
        <translation>« {title} » a été importé.</translation>
    </message>
    <message>
        <source>Export a forum bundle</source>
        <translation>Exporter un paquet de forum</translation>
    </message>
    <message>
        <source>The bundle was not written: {reason}</source>
        <translation>Le paquet n&apos;a pas été écrit : {reason}</translation>
    </message>
    <message>
        <source>Bundle saved to {path}. Import it on another laptop with File ▸ Import a forum bundle….</source>
        <translation>Paquet enregistré dans {path}. Importez-le sur un autre ordinateur avec Fichier ▸ Importer un paquet de forum….</translation>
    </message>
    <message>
        <source>Compare forums</source>
        <translation>Comparer des forums</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Tick two or more forums, then Compare.</source>
        <translation>Cochez au moins deux forums, puis Comparer.</translation>
    </message>
    <message>
        <source>Question / forum</source>
        <translation>Question / forum</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Ce qu&apos;ils ont dit</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) asked at more than one of these forums.</source>
        <translation>
            <numerusform>%n question posée dans plusieurs de ces forums.</numerusform>
            <numerusform>%n questions posées dans plusieurs de ces forums.</numerusform>
        </translation>
    </message>
    <message>
        <source>These forums asked no question in common.</source>
        <translation>Ces forums n&apos;ont posé aucune question en commun.</translation>
    </message>
    <message>
        <source>{title} — forumdesk console</source>
        <translation>{title} — console forumdesk</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Room counts</source>
        <translation>Comptages</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Q&amp;&amp;A</source>
        <translation>Q&amp;&amp;R</translation>
    </message>
    <message>
        <source>&amp;Forum</source>
        <translation>&amp;Forum</translation>
    </message>
    <message>
        <source>&amp;Start taking answers</source>
        <translation>&amp;Commencer à recevoir les réponses</translation>
    </message>
    <message>
        <source>S&amp;top the server</source>
        <translation>&amp;Arrêter le serveur</translation>
    </message>
    <message>
        <source>&amp;Look for networks again</source>
        <translation>&amp;Rechercher à nouveau les réseaux</translation>
    </message>
    <message>
        <source>&amp;End the forum…</source>
        <translation>&amp;Terminer le forum…</translation>
    </message>
    <message>
        <source>&amp;Close the console</source>
        <translation>&amp;Fermer la console</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Question</translation>
    </message>
    <message>
        <source>&amp;Previous question</source>
        <translation>Question &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>Question &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Open / close for answers</source>
        <translation>&amp;Ouvrir / fermer aux réponses</translation>
    </message>
    <message>
        <source>&amp;Reveal / hide results</source>
        <translation>&amp;Afficher / masquer les résultats</translation>
    </message>
    <message>
        <source>Start / pause the &amp;timer</source>
        <translation>Lancer / mettre en pause le &amp;minuteur</translation>
    </message>
    <message>
        <source>&amp;Blank the projector</source>
        <translation>&amp;Écran noir au projecteur</translation>
    </message>
    <message>
        <source>Show the &amp;welcome slide</source>
        <translation>Afficher la diapo d&apos;&amp;accueil</translation>
    </message>
    <message>
        <source>Show “You said, we did” (&amp;follow-up)</source>
        <translation>Afficher « Vous avez dit, nous avons fait » (&amp;suivi)</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Réponse</translation>
    </message>
    <message>
        <source>&amp;Hide / show on the projector</source>
        <translation>&amp;Masquer / afficher au projecteur</translation>
    </message>
    <message>
        <source>Appro&amp;ve for the projector (review first)</source>
        <translation>&amp;Valider pour le projecteur (relecture préalable)</translation>
    </message>
    <message>
        <source>&amp;Star / unstar</source>
        <translation>Mettre / retirer l&apos;é&amp;toile</translation>
    </message>
    <message>
        <source>&amp;Tag with a theme</source>
        <translation>&amp;Classer dans un thème</translation>
    </message>
    <message>
        <source>Show answers to &amp;all questions</source>
        <translation>Afficher les réponses à &amp;toutes les questions</translation>
    </message>
    <message>
        <source>&amp;Search answers</source>
        <translation>&amp;Rechercher dans les réponses</translation>
    </message>
    <message>
        <source>S&amp;potlight on the projector</source>
        <translation>&amp;Projeter en grand</translation>
    </message>
    <message>
        <source>Next page of the answer &amp;wall</source>
        <translation>Page suivante du &amp;mur de réponses</translation>
    </message>
    <message>
        <source>Previous page of the answer wall</source>
        <translation>Page précédente du mur de réponses</translation>
    </message>
    <message>
        <source>Turn the wall&apos;s pages every {seconds} seconds</source>
        <translation>Tourner les pages du mur toutes les {seconds} secondes</translation>
    </message>
    <message>
        <source>Themes &amp;slide on the projector</source>
        <translation>&amp;Diapo des thèmes au projecteur</translation>
    </message>
    <message>
        <source>Suggest th&amp;emes…</source>
        <translation>Suggérer des th&amp;èmes…</translation>
    </message>
    <message>
        <source>Select si&amp;milar answers</source>
        <translation>Sélectionner les réponses si&amp;milaires</translation>
    </message>
    <message>
        <source>Suggest the theme of the &amp;rest…</source>
        <translation>Suggérer le thème du &amp;reste…</translation>
    </message>
    <message>
        <source>Near-&amp;duplicates…</source>
        <translation>Quasi-&amp;doublons…</translation>
    </message>
    <message>
        <source>Count apart a&amp;gain</source>
        <translation>Séparer à &amp;nouveau</translation>
    </message>
    <message>
        <source>Theme {number}</source>
        <translation>Thème {number}</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Note box</source>
        <translation>Zone de &amp;note</translation>
    </message>
    <message>
        <source>&amp;Back to the presenter keys</source>
        <translation>&amp;Retour aux touches de présentation</translation>
    </message>
    <message>
        <source>&amp;Room counts</source>
        <translation>&amp;Comptages en salle</translation>
    </message>
    <message>
        <source>&amp;Commitments</source>
        <translation>&amp;Engagements</translation>
    </message>
    <message>
        <source>T&amp;hemes</source>
        <translation>T&amp;hèmes</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Show the &amp;projector</source>
        <translation>Afficher le &amp;projecteur</translation>
    </message>
    <message>
        <source>H&amp;ide the projector</source>
        <translation>&amp;Masquer le projecteur</translation>
    </message>
    <message>
        <source>Projector &amp;full screen</source>
        <translation>Projecteur en &amp;plein écran</translation>
    </message>
    <message>
        <source>Projector &amp;screen</source>
        <translation>&amp;Écran du projecteur</translation>
    </message>
    <message>
        <source>Projector &amp;theme</source>
        <translation>&amp;Thème du projecteur</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>Create themes in the Themes tab</source>
        <translation>Créez des thèmes dans l&apos;onglet Thèmes</translation>
    </message>
    <message>
        <source>Tag with theme &amp;number (1–9)</source>
        <translation>Classer par &amp;numéro de thème (1–9)</translation>
    </message>
    <message>
        <source>Hide the answers</source>
        <translation>Masquer les réponses</translation>
    </message>
    <message>
        <source>Show the answers again</source>
        <translation>Réafficher les réponses</translation>
    </message>
    <message>
        <source>Star the answers</source>
        <translation>Mettre une étoile aux réponses</translation>
    </message>
    <message>
        <source>Remove the stars</source>
        <translation>Retirer les étoiles</translation>
    </message>
    <message>
        <source>Tag the answers</source>
        <translation>Classer les réponses</translation>
    </message>
    <message>
        <source>Untag the answers</source>
        <translation>Retirer le thème des réponses</translation>
    </message>
    <message>
        <source>Select an answer to read it in full, hide it (H), star it (S) or tag it.</source>
        <translation>Sélectionnez une réponse pour la lire en entier, la masquer (H), l&apos;étoiler (S) ou la classer.</translation>
    </message>
    <message>
        <source>Projector (hidden): {slide}</source>
        <translation>Projecteur (masqué) : {slide}</translation>
    </message>
    <message>
        <source>Projector (full screen on {screen}): {slide}</source>
        <translation>Projecteur (plein écran sur {screen}) : {slide}</translation>
    </message>
    <message>
        <source>Projector (in a window): {slide}</source>
        <translation>Projecteur (dans une fenêtre) : {slide}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>results shown</source>
        <translation>résultats affichés</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Someone is voting repeatedly on question {number}: one network address tried %n more vote(s) than a phone may send. Those votes were refused and are not counted.</source>
        <translation>
            <numerusform>Quelqu&apos;un vote à répétition à la question {number} : une adresse réseau a tenté %n vote de plus qu&apos;un téléphone ne peut en envoyer. Ce vote a été refusé et n&apos;est pas compté.</numerusform>
            <numerusform>Quelqu&apos;un vote à répétition à la question {number} : une adresse réseau a tenté %n votes de plus qu&apos;un téléphone ne peut en envoyer. Ces votes ont été refusés et ne sont pas comptés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Someone is voting repeatedly: one network address tried %n more vote(s) than a phone may send. Those votes were refused and are not counted.</source>
        <translation>
            <numerusform>Quelqu&apos;un vote à répétition : une adresse réseau a tenté %n vote de plus qu&apos;un téléphone ne peut en envoyer. Ce vote a été refusé et n&apos;est pas compté.</numerusform>
            <numerusform>Quelqu&apos;un vote à répétition : une adresse réseau a tenté %n votes de plus qu&apos;un téléphone ne peut en envoyer. Ces votes ont été refusés et ne sont pas comptés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Phones are still connected</source>
        <translation>Des téléphones sont encore connectés</translation>
    </message>
    <message>
        <source>The attendee server is running. Stop it and close the console? The forum stays open so you can resume it later with the same code.</source>
        <translation>Le serveur des participants tourne. L&apos;arrêter et fermer la console ? Le forum reste ouvert : vous pourrez le reprendre plus tard avec le même code.</translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation>Arrêter et fermer</translation>
    </message>
    <message>
        <source>Rated {rating}</source>
        <translation>Note : {rating}</translation>
    </message>
    <message>
        <source>Q{number}</source>
        <translation>Q{number}</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>masquée</translation>
    </message>
    <message>
        <source>waiting for review (Y shows it, H hides it)</source>
        <translation>en attente de relecture (Y l&apos;affiche, H la masque)</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>validée</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>Let the room ask</source>
        <translation>Laisser la salle poser des questions</translation>
    </message>
    <message>
        <source>Review first</source>
        <translation>Relire d&apos;abord</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Ouvrir maintenant</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondue</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Étoiler</translation>
    </message>
    <message>
        <source>Answering now (projector)</source>
        <translation>Réponse en cours (projecteur)</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Classer</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>répondue</translation>
    </message>
    <message numerus="yes">
        <source>%n asked</source>
        <translation>
            <numerusform>%n posée</numerusform>
            <numerusform>%n posées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for review</source>
        <translation>
            <numerusform>%n en attente de relecture</numerusform>
            <numerusform>%n en attente de relecture</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking is off for this forum.</source>
        <translation>Les questions de la salle sont désactivées pour ce forum.</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Non répondue</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Retirer l&apos;étoile</translation>
    </message>
    <message>
        <source>Reopen the ended forum?</source>
        <translation>Rouvrir le forum terminé ?</translation>
    </message>
    <message>
        <source>“{title}” has ended. Take answers again? Phones can then answer its open questions, and the recap will include what they send.</source>
        <translation>« {title} » est terminé. Recevoir à nouveau des réponses ? Les téléphones pourront répondre à ses questions ouvertes, et le compte rendu inclura ce qu&apos;ils envoient.</translation>
    </message>
    <message>
        <source>This forum has ended: phones can no longer answer. Answers, notes and results are kept; export the recap when you are ready.</source>
        <translation>Ce forum est terminé : les téléphones ne peuvent plus répondre. Réponses, notes et résultats sont conservés ; exportez le compte rendu quand vous êtes prêt.</translation>
    </message>
    <message>
        <source>Export the recap…</source>
        <translation>Exporter le compte rendu…</translation>
    </message>
    <message>
        <source>End the forum?</source>
        <translation>Terminer le forum ?</translation>
    </message>
    <message>
        <source>Every question closes and phones can no longer answer. Answers, notes and results stay as they are.</source>
        <translation>Toutes les questions se ferment et les téléphones ne peuvent plus répondre. Réponses, notes et résultats restent tels quels.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search answers (Ctrl+F)</source>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Étoilées</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Masquées</translation>
    </message>
    <message>
        <source>Untagged</source>
        <translation>Non classées</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Same answers once</source>
        <translation>Sans doublons</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>Type what is said in the room, then press Enter</source>
        <translation>Tapez ce qui se dit dans la salle, puis Entrée</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Double-click a note to correct it.</source>
        <translation>Double-cliquez sur une note pour la corriger.</translation>
    </message>
    <message>
        <source>Notes go to question {number}.</source>
        <translation>Les notes vont à la question {number}.</translation>
    </message>
    <message>
        <source>Notes go to the forum as a whole.</source>
        <translation>Les notes vont au forum dans son ensemble.</translation>
    </message>
    <message>
        <source>Save room counts</source>
        <translation>Enregistrer les comptages</translation>
    </message>
    <message>
        <source>Room counts are for choice questions. Go to one to count a show of hands.</source>
        <translation>Les comptages en salle concernent les questions à choix. Allez à l&apos;une d&apos;elles pour compter les mains levées.</translation>
    </message>
    <message>
        <source>Show of hands for the current question:</source>
        <translation>Mains levées pour la question en cours :</translation>
    </message>
    <message>
        <source>Room count for {choice}</source>
        <translation>Comptage en salle pour {choice}</translation>
    </message>
    <message>
        <source>What we will do (goes into the recap). Double-click to edit.</source>
        <translation>Ce que nous ferons (va dans le compte rendu). Double-cliquez pour modifier.</translation>
    </message>
    <message>
        <source>A commitment, then Enter</source>
        <translation>Un engagement, puis Entrée</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Group answers under themes: select an answer, then press the theme&apos;s number (or Answer ▸ Tag). Double-click a theme to rename it.</source>
        <translation>Regroupez les réponses par thèmes : sélectionnez une réponse, puis tapez le numéro du thème (ou Réponse ▸ Classer). Double-cliquez sur un thème pour le renommer.</translation>
    </message>
    <message>
        <source>New theme, then Enter</source>
        <translation>Nouveau thème, puis Entrée</translation>
    </message>
    <message>
        <source>Theme to merge into</source>
        <translation>Thème dans lequel fusionner</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Fusionner dans</translation>
    </message>
    <message>
        <source>Select a theme in the list, then choose another one to merge it into.</source>
        <translation>Sélectionnez un thème dans la liste, puis choisissez celui dans lequel le fusionner.</translation>
    </message>
    <message>
        <source>Suggested themes</source>
        <translation>Thèmes suggérés</translation>
    </message>
    <message>
        <source>Tick the themes to keep. Double-click a name to change it; two themes with the same name become one. Nothing is tagged until you press Tag.</source>
        <translation>Cochez les thèmes à garder. Double-cliquez sur un nom pour le changer ; deux thèmes de même nom n&apos;en font plus qu&apos;un. Rien n&apos;est classé avant que vous appuyiez sur Classer.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s), for example: {example}</source>
        <translation>
            <numerusform>%n réponse, par exemple : {example}</numerusform>
            <numerusform>%n réponses, par exemple : {example}</numerusform>
        </translation>
    </message>
    <message>
        <source>Working on the answers…</source>
        <translation>Traitement des réponses…</translation>
    </message>
    <message>
        <source>The answers could not be grouped: {reason}</source>
        <translation>Les réponses n&apos;ont pas pu être regroupées : {reason}</translation>
    </message>
    <message>
        <source>There are no visible text answers to group yet.</source>
        <translation>Il n&apos;y a pas encore de réponse texte visible à regrouper.</translation>
    </message>
    <message>
        <source>Tag the suggested themes</source>
        <translation>Classer selon les thèmes suggérés</translation>
    </message>
    <message numerus="yes">
        <source>%n similar answer(s) selected</source>
        <translation>
            <numerusform>%n réponse similaire sélectionnée</numerusform>
            <numerusform>%n réponses similaires sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag a few answers with each theme first; the rest are then suggested from those examples.</source>
        <translation>Classez d&apos;abord quelques réponses dans chaque thème ; le reste est ensuite suggéré d&apos;après ces exemples.</translation>
    </message>
    <message>
        <source>{theme}: {count} ({surer} surer)</source>
        <translation>{theme} : {count} (dont {surer} plus sûres)</translation>
    </message>
    <message>
        <source>Tag the rest?</source>
        <translation>Classer le reste ?</translation>
    </message>
    <message numerus="yes">
        <source>%n untagged answer(s), by the examples you tagged:</source>
        <translation>
            <numerusform>%n réponse non classée, d&apos;après les exemples que vous avez classés :</numerusform>
            <numerusform>%n réponses non classées, d&apos;après les exemples que vous avez classés :</numerusform>
        </translation>
    </message>
    <message>
        <source>The surer half are those your examples point to most clearly. Tag only them, and the others stay untagged for you to check (filter: Untagged).</source>
        <translation>La moitié la plus sûre regroupe les réponses que vos exemples désignent le plus clairement. Classez-les seules : les autres restent non classées, à vérifier (filtre : Non classées).</translation>
    </message>
    <message numerus="yes">
        <source>Tag the surer %n</source>
        <translation>
            <numerusform>Classer la plus sûre (%n)</numerusform>
            <numerusform>Classer les %n plus sûres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag all %n</source>
        <translation>
            <numerusform>Tout classer (%n)</numerusform>
            <numerusform>Classer les %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag the rest</source>
        <translation>Classer le reste</translation>
    </message>
    <message>
        <source>Near-duplicates</source>
        <translation>Quasi-doublons</translation>
    </message>
    <message>
        <source>No answers to this question differ only by a typo, a plural or a word added.</source>
        <translation>Aucune réponse à cette question ne diffère seulement par une faute de frappe, un pluriel ou un mot ajouté.</translation>
    </message>
    <message>
        <source>These answers are not counted together by your choice: answers that differ only in case, accents, punctuation or spacing always count once.</source>
        <translation>Ces réponses ne sont pas regroupées par votre choix : les réponses qui ne diffèrent que par la casse, les accents, la ponctuation ou les espaces comptent toujours une seule fois.</translation>
    </message>
    <message>
        <source>Counted apart again: each text is its own row.</source>
        <translation>Séparées de nouveau : chaque texte a sa propre ligne.</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nouveau thème</translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Delete the note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <source>Rename the theme</source>
        <translation>Renommer le thème</translation>
    </message>
    <message>
        <source>Delete the theme</source>
        <translation>Supprimer le thème</translation>
    </message>
    <message>
        <source>Merge the themes</source>
        <translation>Fusionner les thèmes</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédente</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivante ▶</translation>
    </message>
    <message>
        <source>Open/close</source>
        <translation>Ouvrir/fermer</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Minuteur</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Noir</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Length of the timer</source>
        <translation>Durée du minuteur</translation>
    </message>
    <message>
        <source>Close at zero</source>
        <translation>Fermer à 0</translation>
    </message>
    <message>
        <source>Close the question for answers when the timer reaches zero</source>
        <translation>Fermer la question aux réponses quand le minuteur atteint zéro</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>No question shown yet</source>
        <translation>Aucune question affichée pour le moment</translation>
    </message>
    <message>
        <source>Press → (or Space) to show question 1 of {count}.</source>
        <translation>Appuyez sur → (ou Espace) pour afficher la question 1 sur {count}.</translation>
    </message>
    <message>
        <source>No questions yet</source>
        <translation>Pas encore de questions</translation>
    </message>
    <message>
        <source>Add questions in the forum editor.</source>
        <translation>Ajoutez des questions dans l&apos;éditeur du forum.</translation>
    </message>
    <message>
        <source>Question {number} of {count}</source>
        <translation>Question {number} sur {count}</translation>
    </message>
    <message>
        <source>open for answers</source>
        <translation>ouverte aux réponses</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermée</translation>
    </message>
    <message>
        <source>Hide results</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message numerus="yes">
        <source>%n late answer(s)</source>
        <translation>
            <numerusform>%n réponse en retard</numerusform>
            <numerusform>%n réponses en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem}. Check the disk and the file&apos;s permissions, then try again.</source>
        <translation>{problem}. Vérifiez le disque et les droits du fichier, puis réessayez.</translation>
    </message>
    <message>
        <source>Something went wrong: {problem}</source>
        <translation>Un problème est survenu : {problem}</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>PDF recap — shareable with the partner</source>
        <translation>Compte rendu PDF — à partager avec le partenaire</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML recap — shareable with the partner (accessible, reads on a phone)</source>
        <translation>Compte rendu HTML — à partager avec le partenaire (accessible, lisible sur téléphone)</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <source>Spreadsheet recap (XLSX) — shareable with the partner</source>
        <translation>Compte rendu tableur (XLSX) — à partager avec le partenaire</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV — shareable with the partner (masked, no small groups, no ids or times)</source>
        <translation>CSV — à partager avec le partenaire (masqué, sans petits groupes, sans identifiants ni heures)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON — shareable with the partner (same rules as the CSV)</source>
        <translation>JSON — à partager avec le partenaire (mêmes règles que le CSV)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV — INTERNAL, for you only (every answer, small groups, ids and times)</source>
        <translation>CSV — INTERNE, pour vous seul (toutes les réponses, petits groupes, identifiants et heures)</translation>
    </message>
    <message>
        <source>JSON — INTERNAL, for you only (the whole forum)</source>
        <translation>JSON — INTERNE, pour vous seul (tout le forum)</translation>
    </message>
    <message>
        <source>Export — {title}</source>
        <translation>Exporter — {title}</translation>
    </message>
    <message>
        <source>Choose what to export, review identifying details, then press Export.</source>
        <translation>Choisissez quoi exporter, vérifiez les détails identifiants, puis appuyez sur Exporter.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Ouvrir le PDF</translation>
    </message>
    <message>
        <source>Erase what people typed…</source>
        <translation>Effacer ce que les gens ont tapé…</translation>
    </message>
    <message>
        <source>After the recap is shared: delete the answer texts and room notes, keep the counts</source>
        <translation>Une fois le compte rendu partagé : supprimer les textes des réponses et les notes de salle, garder les comptes</translation>
    </message>
    <message>
        <source>1. Files</source>
        <translation>1. Fichiers</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>2. Review identifying details before sharing</source>
        <translation>2. Vérifier les détails identifiants avant de partager</translation>
    </message>
    <message>
        <source>These answers and room notes contain something that may identify a person (an e-mail address, a phone number, a name...). Each is masked (for example [email removed]) in the recap, the exports, the projector and the phones&apos; results, unless you tick “Keep” — e.g. when someone asked to be contacted. The same detail elsewhere follows your choice.</source>
        <translation>Ces réponses et notes de salle contiennent de quoi identifier une personne (adresse e-mail, numéro de téléphone, nom…). Chaque détail est masqué (par exemple [email removed]) dans le compte rendu, les exports, le projecteur et les résultats des téléphones, sauf si vous cochez « Garder » — par exemple quand quelqu&apos;un a demandé à être contacté. Le même détail ailleurs suit votre choix.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>As it will be shared</source>
        <translation>Tel que partagé</translation>
    </message>
    <message>
        <source>No answer or room note contains identifying details.</source>
        <translation>Aucune réponse ni note de salle ne contient de détail identifiant.</translation>
    </message>
    <message>
        <source>3. Preview of the first pages</source>
        <translation>3. Aperçu des premières pages</translation>
    </message>
    <message>
        <source>The first pages of the recap appear here after the export.</source>
        <translation>Les premières pages du compte rendu s&apos;affichent ici après l&apos;export.</translation>
    </message>
    <message>
        <source>Keep this detail unmasked everywhere in this forum</source>
        <translation>Laisser ce détail visible partout dans ce forum</translation>
    </message>
    <message>
        <source>Answer to Q{number}</source>
        <translation>Réponse à Q{number}</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Room note on Q{number}</source>
        <translation>Note de salle sur Q{number}</translation>
    </message>
    <message>
        <source>Room note</source>
        <translation>Note de salle</translation>
    </message>
    <message>
        <source>Found: {detail}&lt;br&gt;As typed: {text}</source>
        <translation>Trouvé : {detail}&lt;br&gt;Tel que tapé : {text}</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Tick at least one format and give it a file name.</source>
        <translation>Cochez au moins un format et donnez-lui un nom de fichier.</translation>
    </message>
    <message>
        <source>Check the recap details: {reason}</source>
        <translation>Vérifiez les détails du compte rendu : {reason}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Exported {files}</source>
        <translation>Exporté : {files}</translation>
    </message>
    <message numerus="yes">
        <source>the recap has %n page(s)</source>
        <translation>
            <numerusform>le compte rendu fait %n page</numerusform>
            <numerusform>le compte rendu fait %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identifying detail(s) masked</source>
        <translation>
            <numerusform>%n détail identifiant masqué</numerusform>
            <numerusform>%n détails identifiants masqués</numerusform>
        </translation>
    </message>
    <message>
        <source>The export did not complete: {reason}</source>
        <translation>L&apos;export n&apos;a pas abouti : {reason}</translation>
    </message>
    <message>
        <source>No preview: the page renderer (pypdfium2) is not installed or no PDF was exported. Use “Open PDF” to see the recap.</source>
        <translation>Pas d&apos;aperçu : le moteur de rendu (pypdfium2) n&apos;est pas installé ou aucun PDF n&apos;a été exporté. Utilisez « Ouvrir le PDF » pour voir le compte rendu.</translation>
    </message>
    <message>
        <source>Please wait until the export has finished.</source>
        <translation>Veuillez attendre la fin de l&apos;export.</translation>
    </message>
    <message>
        <source>How attendees join</source>
        <translation>Comment les participants rejoignent</translation>
    </message>
    <message>
        <source>Before the room arrives</source>
        <translation>Avant l&apos;arrivée du public</translation>
    </message>
    <message>
        <source>Connect the laptop to the network the attendees will use and start the forum&apos;s attendee server from the console. The console and the projector&apos;s welcome slide show a QR code, the join address and a six-letter code.</source>
        <translation>Connectez l&apos;ordinateur au réseau qu&apos;utiliseront les participants et lancez le serveur des participants depuis la console. La console et la diapo d&apos;accueil du projecteur affichent un QR code, l&apos;adresse à ouvrir et un code de six lettres.</translation>
    </message>
    <message>
        <source>In the room</source>
        <translation>Dans la salle</translation>
    </message>
    <message>
        <source>Attendees scan the QR code with their phone&apos;s camera, or type the address. No app, no account, no name: answers are anonymous. Phones only need to be on the same network as this laptop; no internet is needed.</source>
        <translation>Les participants scannent le QR code avec l&apos;appareil photo de leur téléphone, ou tapent l&apos;adresse. Pas d&apos;appli, pas de compte, pas de nom : les réponses sont anonymes. Les téléphones doivent seulement être sur le même réseau que cet ordinateur ; internet n&apos;est pas nécessaire.</translation>
    </message>
    <message>
        <source>When phones cannot reach the laptop</source>
        <translation>Quand les téléphones n&apos;atteignent pas l&apos;ordinateur</translation>
    </message>
    <message>
        <source>Many venue and guest Wi-Fi networks keep devices apart. To tell, open the join address on your own phone, on the same Wi-Fi: if the page does not load while the console shows the server running, the network is blocking it. Then bring a pocket router, or turn on this laptop&apos;s or a phone&apos;s hotspot, and have everyone join that network; the console&apos;s Network list picks up the new address (click Refresh).</source>
        <translation>Beaucoup de Wi-Fi de salles et d&apos;invités isolent les appareils. Pour le savoir, ouvrez l&apos;adresse sur votre propre téléphone, sur le même Wi-Fi : si la page ne se charge pas alors que la console montre le serveur en marche, le réseau la bloque. Apportez alors un routeur de poche, ou activez le point d&apos;accès de cet ordinateur ou d&apos;un téléphone, et faites rejoindre ce réseau à tout le monde ; la liste Réseau de la console prend la nouvelle adresse (cliquez sur Actualiser).</translation>
    </message>
    <message>
        <source>If the laptop has several networks</source>
        <translation>Si l&apos;ordinateur a plusieurs réseaux</translation>
    </message>
    <message>
        <source>Choose the one the room uses in the console&apos;s Network list; the QR code follows.</source>
        <translation>Choisissez celui de la salle dans la liste Réseau de la console ; le QR code suit.</translation>
    </message>
    <message>
        <source>Welcome to forumdesk</source>
        <translation>Bienvenue dans forumdesk</translation>
    </message>
    <message>
        <source>Run a listening forum: questions on the projector, anonymous answers from phones, notes from the room, and a recap for your partner. Everything stays on this laptop.</source>
        <translation>Animez un forum d&apos;écoute : questions au projecteur, réponses anonymes depuis les téléphones, notes de la salle et compte rendu pour votre partenaire. Tout reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Create your first forum…</source>
        <translation>Créer votre premier forum…</translation>
    </message>
    <message>
        <source>Open the demo forum</source>
        <translation>Ouvrir le forum de démonstration</translation>
    </message>
    <message>
        <source>Edit forum</source>
        <translation>Modifier le forum</translation>
    </message>
    <message>
        <source>New forum</source>
        <translation>Nouveau forum</translation>
    </message>
    <message>
        <source>e.g. Spring listening forum with the college&apos;s careers service</source>
        <translation>p. ex. Forum d&apos;écoute de printemps avec le service carrières du lycée</translation>
    </message>
    <message>
        <source>Who runs the forum, e.g. Northwind Logistics (on the recap&apos;s cover)</source>
        <translation>Qui organise le forum, p. ex. Northwind Logistics (sur la couverture du compte rendu)</translation>
    </message>
    <message>
        <source>How the partner reaches you, e.g. Dana Reyes, careers@northwind.example</source>
        <translation>Comment le partenaire vous joint, p. ex. Dana Reyes, careers@northwind.example</translation>
    </message>
    <message>
        <source>Partners…</source>
        <translation>Partenaires…</translation>
    </message>
    <message>
        <source>The room follows me, question by question</source>
        <translation>La salle me suit, question par question</translation>
    </message>
    <message>
        <source>Everyone answers at their own pace</source>
        <translation>Chacun répond à son rythme</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Phones that were offline send their answers when they are back. Answers to a question that closed less than this long ago are kept, marked late (0: never).</source>
        <translation>Les téléphones hors ligne envoient leurs réponses à leur retour. Les réponses à une question fermée depuis moins longtemps que cela sont gardées, marquées en retard (0 : jamais).</translation>
    </message>
    <message>
        <source>Review open answers before the room sees them</source>
        <translation>Relire les réponses libres avant que la salle les voie</translation>
    </message>
    <message>
        <source>Open answers reach the projector and the phones&apos; results only once you approve them in the console (Y approves, H hides).</source>
        <translation>Les réponses libres n&apos;apparaissent au projecteur et dans les résultats des téléphones qu&apos;une fois validées dans la console (Y valide, H masque).</translation>
    </message>
    <message>
        <source>Attendees may change a choice or rating while the question is open</source>
        <translation>Les participants peuvent changer un choix ou une note tant que la question est ouverte</translation>
    </message>
    <message>
        <source>Still one vote per phone: a change replaces that phone&apos;s earlier vote.</source>
        <translation>Toujours un vote par téléphone : un changement remplace le vote précédent de ce téléphone.</translation>
    </message>
    <message>
        <source>The recap is written in this language; phones whose own language forumdesk does not speak show this one.</source>
        <translation>Le compte rendu est rédigé dans cette langue ; les téléphones dont forumdesk ne parle pas la langue affichent celle-ci.</translation>
    </message>
    <message>
        <source>The app&apos;s language at export</source>
        <translation>La langue de l&apos;application à l&apos;export</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <source>Late answers taken for</source>
        <translation>Réponses tardives acceptées pendant</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Recap language</source>
        <translation>Langue du compte rendu</translation>
    </message>
    <message>
        <source>Questions (drag, or Ctrl+Up and Ctrl+Down, to reorder)</source>
        <translation>Questions (glisser, ou Ctrl+Haut et Ctrl+Bas, pour réordonner)</translation>
    </message>
    <message>
        <source>Add question…</source>
        <translation>Ajouter une question…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Save as set…</source>
        <translation>Enregistrer comme série…</translation>
    </message>
    <message>
        <source>Add from a set</source>
        <translation>Ajouter depuis une série</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} — {count} (saved)</source>
        <translation>{title} — {count} (enregistrée)</translation>
    </message>
    <message>
        <source>Save as a question set</source>
        <translation>Enregistrer comme série de questions</translation>
    </message>
    <message>
        <source>Name of the set:</source>
        <translation>Nom de la série :</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>The questions are saved as the set “{title}”.</source>
        <translation>Les questions sont enregistrées dans la série « {title} ».</translation>
    </message>
    <message>
        <source>Choose a partner (or add one with Partners…).</source>
        <translation>Choisissez un partenaire (ou ajoutez-en un avec Partenaires…).</translation>
    </message>
    <message>
        <source>Remove answered questions?</source>
        <translation>Retirer des questions ayant des réponses ?</translation>
    </message>
    <message numerus="yes">
        <source>%n of the questions you removed already have answers. Remove them together with their answers?</source>
        <translation>
            <numerusform>%n des questions retirées a déjà des réponses. La retirer avec ses réponses ?</numerusform>
            <numerusform>%n des questions retirées ont déjà des réponses. Les retirer avec leurs réponses ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Open text</source>
        <translation>Texte libre</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Choix unique</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Choix multiple</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>Échelle de notation</translation>
    </message>
    <message>
        <source>Short words (word cloud)</source>
        <translation>Mots courts (nuage de mots)</translation>
    </message>
    <message>
        <source>Content slide (no answers)</source>
        <translation>Diapositive d&apos;information (sans réponses)</translation>
    </message>
    <message>
        <source>Educational institution</source>
        <translation>Établissement d&apos;enseignement</translation>
    </message>
    <message>
        <source>Professional association</source>
        <translation>Association professionnelle</translation>
    </message>
    <message>
        <source>Community group</source>
        <translation>Groupe local</translation>
    </message>
    <message>
        <source>Advocacy group</source>
        <translation>Groupe de défense</translation>
    </message>
    <message>
        <source>Employment non-profit</source>
        <translation>Association pour l&apos;emploi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>adresse e-mail</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>numéro de téléphone</translation>
    </message>
    <message>
        <source>@handle</source>
        <translation>@pseudo</translation>
    </message>
    <message>
        <source>profile link</source>
        <translation>lien de profil</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>adresse postale</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>numéro d&apos;identité</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>person&apos;s name</source>
        <translation>nom d&apos;une personne</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>running now</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>Choose all that apply on your phone</source>
        <translation>Choisissez toutes les réponses qui conviennent sur votre téléphone</translation>
    </message>
    <message>
        <source>Rate it on your phone</source>
        <translation>Notez sur votre téléphone</translation>
    </message>
    <message>
        <source>Choose one on your phone</source>
        <translation>Choisissez une réponse sur votre téléphone</translation>
    </message>
    <message>
        <source>Answer on your phone, in your own words</source>
        <translation>Répondez sur votre téléphone, avec vos mots</translation>
    </message>
    <message>
        <source>Answer on your phone with a few words</source>
        <translation>Répondez sur votre téléphone en quelques mots</translation>
    </message>
    <message>
        <source>Your answer…</source>
        <translation>Votre réponse…</translation>
    </message>
    <message>
        <source>welcome</source>
        <translation>accueil</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>results</source>
        <translation>résultats</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>écran noir</translation>
    </message>
    <message>
        <source>you said, we did</source>
        <translation>vous avez dit, nous avons fait</translation>
    </message>
    <message>
        <source>spotlight</source>
        <translation>réponse en grand</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>thèmes</translation>
    </message>
    <message>
        <source>the room&apos;s questions</source>
        <translation>questions de la salle</translation>
    </message>
    <message>
        <source>Search forums, partners and venues</source>
        <translation>Rechercher forums, partenaires et lieux</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>New forum…</source>
        <translation>Nouveau forum…</translation>
    </message>
    <message>
        <source>Run ▶</source>
        <translation>Lancer ▶</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Save a &amp;backup copy…</source>
        <translation>Enregistrer une copie de &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>Re&amp;store from a backup…</source>
        <translation>Res&amp;taurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <source>Export a forum &amp;bundle…</source>
        <translation>Exporter un &amp;paquet de forum…</translation>
    </message>
    <message>
        <source>&amp;Import a forum bundle…</source>
        <translation>&amp;Importer un paquet de forum…</translation>
    </message>
    <message>
        <source>&amp;Export recap…</source>
        <translation>&amp;Exporter le compte rendu…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>F&amp;orum</source>
        <translation>F&amp;orum</translation>
    </message>
    <message>
        <source>&amp;New forum…</source>
        <translation>&amp;Nouveau forum…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Run (live console)</source>
        <translation>&amp;Lancer (console en direct)</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Partners…</source>
        <translation>&amp;Partenaires…</translation>
    </message>
    <message>
        <source>Partner &amp;page…</source>
        <translation>&amp;Page du partenaire…</translation>
    </message>
    <message>
        <source>&amp;Compare forums…</source>
        <translation>&amp;Comparer des forums…</translation>
    </message>
    <message>
        <source>Create a &amp;demo forum</source>
        <translation>Créer un forum de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Réglages</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;How attendees join…</source>
        <translation>&amp;Comment les participants rejoignent…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>la langue du système</translation>
    </message>
    <message>
        <source>forumdesk will be in {language} the next time it starts.</source>
        <translation>forumdesk sera en {language} au prochain démarrage.</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>Delete forum?</source>
        <translation>Supprimer le forum ?</translation>
    </message>
    <message numerus="yes">
        <source>Delete “{title}” with its %n answer(s), notes and commitments? This cannot be undone (save a backup copy first if unsure).</source>
        <translation>
            <numerusform>Supprimer « {title} » avec sa %n réponse, ses notes et engagements ? Impossible d&apos;annuler (enregistrez d&apos;abord une copie de sauvegarde en cas de doute).</numerusform>
            <numerusform>Supprimer « {title} » avec ses %n réponses, ses notes et engagements ? Impossible d&apos;annuler (enregistrez d&apos;abord une copie de sauvegarde en cas de doute).</numerusform>
        </translation>
    </message>
    <message>
        <source>“{title}” was still running when forumdesk closed. Resume it with the same code {code} on port {port}? Phones that were connected reconnect by themselves.</source>
        <translation>« {title} » était encore en cours à la fermeture de forumdesk. Le reprendre avec le même code {code} sur le port {port} ? Les téléphones connectés se reconnectent d&apos;eux-mêmes.</translation>
    </message>
    <message>
        <source>“{title}” was still running when forumdesk closed. Resume it with the same code {code}? Phones that were connected reconnect by themselves.</source>
        <translation>« {title} » était encore en cours à la fermeture de forumdesk. Le reprendre avec le même code {code} ? Les téléphones connectés se reconnectent d&apos;eux-mêmes.</translation>
    </message>
    <message>
        <source>Resume the forum?</source>
        <translation>Reprendre le forum ?</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>forumdesk databases (*.sqlite)</source>
        <translation>Bases forumdesk (*.sqlite)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>forumdesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases forumdesk (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Close the live consoles first.</source>
        <translation>Fermez d&apos;abord les consoles en direct.</translation>
    </message>
    <message>
        <source>forumdesk cannot open that file</source>
        <translation>forumdesk ne peut pas ouvrir ce fichier</translation>
    </message>
    <message>
        <source>Save a backup copy</source>
        <translation>Enregistrer une copie de sauvegarde</translation>
    </message>
    <message>
        <source>The backup copy was not written: {reason}</source>
        <translation>La copie de sauvegarde n&apos;a pas été écrite : {reason}</translation>
    </message>
    <message>
        <source>Backup copy saved to {path}.</source>
        <translation>Copie de sauvegarde enregistrée dans {path}.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Contact person, goals, anything useful before the next forum</source>
        <translation>Personne de contact, objectifs, tout ce qui sert avant le prochain forum</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Delete partner?</source>
        <translation>Supprimer le partenaire ?</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>Supprimer {name} ?</translation>
    </message>
    <message>
        <source>Compare these forums…</source>
        <translation>Comparer ces forums…</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <source>Forums over time</source>
        <translation>Les forums au fil du temps</translation>
    </message>
    <message>
        <source>Commitments (edit owner, due date, status and what was done here)</source>
        <translation>Engagements (modifiez ici responsable, échéance, statut et ce qui a été fait)</translation>
    </message>
    <message>
        <source>Partner: {name}</source>
        <translation>Partenaire : {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n forum(s)</source>
        <translation>
            <numerusform>%n forum</numerusform>
            <numerusform>%n forums</numerusform>
        </translation>
    </message>
    <message>
        <source>Asked at more than one forum: </source>
        <translation>Posée dans plusieurs forums : </translation>
    </message>
    <message>
        <source>No question was asked at more than one forum yet.</source>
        <translation>Aucune question n&apos;a encore été posée dans plusieurs forums.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré : {reason}</translation>
    </message>
    <message>
        <source>Listening forum</source>
        <translation>Forum d&apos;écoute</translation>
    </message>
    <message>
        <source>Select a question</source>
        <translation>Sélectionnez une question</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Anonymous — no names collected</source>
        <translation>Anonyme — aucun nom recueilli</translation>
    </message>
    <message>
        <source>On the projector</source>
        <translation>Au projecteur</translation>
    </message>
    <message>
        <source>On a phone</source>
        <translation>Sur un téléphone</translation>
    </message>
    <message>
        <source>forumdesk — projector</source>
        <translation>forumdesk — projecteur</translation>
    </message>
    <message>
        <source>The question, as the room will read it</source>
        <translation>La question, telle que la salle la lira</translation>
    </message>
    <message>
        <source>One choice per line (2 to 12)</source>
        <translation>Un choix par ligne (de 2 à 12)</translation>
    </message>
    <message>
        <source>What the room reads under the title (up to {count} characters)</source>
        <translation>Ce que la salle lit sous le titre (jusqu&apos;à {count} caractères)</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>Choisir une image…</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>Retirer l&apos;image</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Lowest value</source>
        <translation>Valeur minimale</translation>
    </message>
    <message>
        <source>Highest value</source>
        <translation>Valeur maximale</translation>
    </message>
    <message>
        <source>Lowest means</source>
        <translation>Le minimum signifie</translation>
    </message>
    <message>
        <source>Highest means</source>
        <translation>Le maximum signifie</translation>
    </message>
    <message>
        <source>Longest answer (characters)</source>
        <translation>Réponse la plus longue (caractères)</translation>
    </message>
    <message>
        <source>Words per answer</source>
        <translation>Mots par réponse</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Choose the slide&apos;s image</source>
        <translation>Choisir l&apos;image de la diapositive</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Images ({patterns})</translation>
    </message>
    <message>
        <source>Image not used</source>
        <translation>Image non utilisée</translation>
    </message>
    <message>
        <source>{reason} The slide keeps its image as it was.</source>
        <translation>{reason} La diapositive garde son image telle qu&apos;elle était.</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Aucune image</translation>
    </message>
    <message>
        <source>{format} image, {size} KB</source>
        <translation>Image {format}, {size} Ko</translation>
    </message>
    <message>
        <source>(a smaller copy for phones: the file was {size} KB)</source>
        <translation>(une copie plus légère pour les téléphones : le fichier faisait {size} Ko)</translation>
    </message>
    <message>
        <source>The lowest value ({low}) must be below the highest value ({high}).</source>
        <translation>La valeur minimale ({low}) doit être inférieure à la valeur maximale ({high}).</translation>
    </message>
    <message>
        <source>A rating scale can have at most {steps} steps.</source>
        <translation>Une échelle de notation compte au plus {steps} niveaux.</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Modifier la question</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nouvelle question</translation>
    </message>
    <message>
        <source>Recap details (added to the PDF, HTML and spreadsheet)</source>
        <translation>Détails du compte rendu (ajoutés au PDF, au HTML et au tableur)</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>non compté</translation>
    </message>
    <message>
        <source>People in the room (your count)</source>
        <translation>Personnes dans la salle (votre comptage)</translation>
    </message>
    <message>
        <source>e.g. about “{theme}”: …</source>
        <translation>p. ex. sur « {theme} » : …</translation>
    </message>
    <message>
        <source>What did the room tell you?</source>
        <translation>Qu&apos;est-ce que la salle vous a dit ?</translation>
    </message>
    <message>
        <source>Thing we heard {number}</source>
        <translation>Ce que nous avons entendu {number}</translation>
    </message>
    <message>
        <source>List questions that were never asked, marked “not asked”</source>
        <translation>Lister les questions jamais posées, marquées « non posée »</translation>
    </message>
    <message>
        <source>Due date (YYYY-MM-DD)</source>
        <translation>Échéance (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Commitments: owner and due date</source>
        <translation>Engagements : responsable et échéance</translation>
    </message>
    <message>
        <source>automatic copy while a forum ran</source>
        <translation>copie automatique pendant un forum</translation>
    </message>
    <message>
        <source>when a forum ended</source>
        <translation>à la fin d&apos;un forum</translation>
    </message>
    <message>
        <source>when the attendee server stopped</source>
        <translation>à l&apos;arrêt du serveur des participants</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>KB</source>
        <translation>Ko</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Choose the copy to put back. Everything saved after it is replaced; the current file is kept aside first, so nothing is deleted.</source>
        <translation>Choisissez la copie à remettre. Tout ce qui a été enregistré après est remplacé ; le fichier actuel est d&apos;abord mis de côté, rien n&apos;est donc supprimé.</translation>
    </message>
    <message>
        <source>No automatic backups yet (they are kept in {folder}).</source>
        <translation>Pas encore de sauvegarde automatique (elles sont gardées dans {folder}).</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Choisir un autre fichier…</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Restaurer depuis un fichier</translation>
    </message>
    <message>
        <source>That is the database file in use: choose a backup copy.</source>
        <translation>C&apos;est le fichier de base de données en cours d&apos;utilisation : choisissez une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>An attendee server is starting or stopping. Try again in a moment.</source>
        <translation>Un serveur des participants démarre ou s&apos;arrête. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Put back {backup} in place of {database}? Everything saved after that copy is replaced. The current file is kept aside first, as {stem}-before-restore-&lt;date&gt;-&lt;time&gt;.sqlite in {folder}, so nothing is lost.</source>
        <translation>Remettre {backup} à la place de {database} ? Tout ce qui a été enregistré après cette copie est remplacé. Le fichier actuel est d&apos;abord mis de côté, sous le nom {stem}-before-restore-&lt;date&gt;-&lt;heure&gt;.sqlite dans {folder} : rien n&apos;est perdu.</translation>
    </message>
    <message>
        <source>{names}: taking answers right now. The attendee server stops, phones cannot answer until you start it again, and the consoles close.</source>
        <translation>{names} : reçoit des réponses en ce moment. Le serveur des participants s&apos;arrête, les téléphones ne peuvent plus répondre jusqu&apos;à ce que vous le relanciez, et les consoles se ferment.</translation>
    </message>
    <message>
        <source>The open consoles close.</source>
        <translation>Les consoles ouvertes se ferment.</translation>
    </message>
    <message>
        <source>Restore this copy?</source>
        <translation>Restaurer cette copie ?</translation>
    </message>
    <message>
        <source>Stop and restore</source>
        <translation>Arrêter et restaurer</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restoring… (the attendee servers stop first)</source>
        <translation>Restauration… (les serveurs des participants s&apos;arrêtent d&apos;abord)</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restauration…</translation>
    </message>
    <message>
        <source>The file as it was before is kept as {path}.</source>
        <translation>Le fichier tel qu&apos;il était est gardé sous {path}.</translation>
    </message>
    <message>
        <source>Restored the copy {name}.</source>
        <translation>Copie {name} restaurée.</translation>
    </message>
    <message>
        <source>This copy cannot be restored</source>
        <translation>Cette copie ne peut pas être restaurée</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{name} was not restored: {reason}</source>
        <translation>{name} n&apos;a pas été restauré : {reason}</translation>
    </message>
    <message>
        <source>forumdesk cannot open its data file</source>
        <translation>forumdesk ne peut pas ouvrir son fichier de données</translation>
    </message>
    <message>
        <source>Use File ▸ Open database… to open another file.</source>
        <translation>Utilisez Fichier ▸ Ouvrir une base de données… pour ouvrir un autre fichier.</translation>
    </message>
    <message>
        <source>Erase every answer text and room note of “{title}”?

The counts, choices, ratings and themes stay, so the recap can still be exported without the texts. This cannot be undone; backups made before still hold the texts.</source>
        <translation>Effacer tous les textes de réponses et notes de salle de « {title} » ?

Les comptes, choix, notes et thèmes restent : le compte rendu peut encore être exporté sans les textes. Impossible d&apos;annuler ; les sauvegardes faites avant contiennent encore les textes.</translation>
    </message>
    <message>
        <source>Erase what people typed</source>
        <translation>Effacer ce que les gens ont tapé</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Keep the texts</source>
        <translation>Garder les textes</translation>
    </message>
    <message>
        <source>Erased {answers} and {notes}; the counts are kept.</source>
        <translation>{answers} et {notes} effacés ; les comptes sont gardés.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer text(s)</source>
        <translation>
            <numerusform>%n texte de réponse</numerusform>
            <numerusform>%n textes de réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room note(s)</source>
        <translation>
            <numerusform>%n note de salle</numerusform>
            <numerusform>%n notes de salle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Texts kept for more than %n day(s)</source>
        <translation>
            <numerusform>Textes gardés depuis plus de %n jour</numerusform>
            <numerusform>Textes gardés depuis plus de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop reminding me</source>
        <translation>Ne plus me le rappeler</translation>
    </message>
    <message numerus="yes">
        <source>These forums are more than %n day(s) old and still hold what people typed:</source>
        <translation>
            <numerusform>Ces forums ont plus de %n jour et contiennent encore ce que les gens ont tapé :</numerusform>
            <numerusform>Ces forums ont plus de %n jours et contiennent encore ce que les gens ont tapé :</numerusform>
        </translation>
    </message>
    <message>
        <source>If the recaps are shared, erase the texts from each forum&apos;s Export dialog (“Erase what people typed…”) or with `forumdesk erase --forum ID`.</source>
        <translation>Si les comptes rendus sont partagés, effacez les textes depuis la fenêtre Exporter de chaque forum (« Effacer ce que les gens ont tapé… ») ou avec `forumdesk erase --forum ID`.</translation>
    </message>
    <message>
        <source>● Not taking answers</source>
        <translation>● Ne reçoit pas de réponses</translation>
    </message>
    <message>
        <source>Start taking answers</source>
        <translation>Recevoir les réponses</translation>
    </message>
    <message>
        <source>Stop server</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non démarré</translation>
    </message>
    <message>
        <source>Code {code}</source>
        <translation>Code {code}</translation>
    </message>
    <message>
        <source>The network address phones use to reach this laptop</source>
        <translation>L&apos;adresse réseau qu&apos;utilisent les téléphones pour joindre cet ordinateur</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Look for networks again (after joining the room&apos;s Wi-Fi)</source>
        <translation>Rechercher à nouveau les réseaux (après avoir rejoint le Wi-Fi de la salle)</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) connected</source>
        <translation>
            <numerusform>%n téléphone connecté</numerusform>
            <numerusform>%n téléphones connectés</numerusform>
        </translation>
    </message>
    <message>
        <source>QR code
once started</source>
        <translation>QR code
après démarrage</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Réseau :</translation>
    </message>
    <message>
        <source>127.0.0.1 (this laptop only)</source>
        <translation>127.0.0.1 (cet ordinateur seulement)</translation>
    </message>
    <message>
        <source>No network found: only this laptop can join. Connect to the room&apos;s Wi-Fi or your pocket router, then click Refresh.</source>
        <translation>Aucun réseau trouvé : seul cet ordinateur peut se connecter. Connectez-vous au Wi-Fi de la salle ou à votre routeur de poche, puis cliquez sur Actualiser.</translation>
    </message>
    <message numerus="yes">
        <source>This laptop is on %n networks. Check that the address under Network is the one the room&apos;s phones are on.</source>
        <translation>
            <numerusform>Cet ordinateur est sur %n réseau. Vérifiez que l&apos;adresse sous Réseau est celle des téléphones de la salle.</numerusform>
            <numerusform>Cet ordinateur est sur %n réseaux. Vérifiez que l&apos;adresse sous Réseau est celle des téléphones de la salle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Port {requested} was taken by another program, so the server uses port {port}. Phones that joined before must scan the new QR code.</source>
        <translation>Le port {requested} était pris par un autre programme : le serveur utilise le port {port}. Les téléphones déjà connectés doivent scanner le nouveau QR code.</translation>
    </message>
    <message>
        <source>The attendee server did not start: {reason} Phones cannot answer until it runs; close other programs using the network port, then Start again.</source>
        <translation>Le serveur des participants n&apos;a pas démarré : {reason} Les téléphones ne peuvent pas répondre tant qu&apos;il ne tourne pas ; fermez les autres programmes qui utilisent le port réseau, puis relancez.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <source>Stopped — phones cannot answer</source>
        <translation>Arrêté — les téléphones ne peuvent pas répondre</translation>
    </message>
    <message>
        <source>The join address is 127.0.0.1: only this laptop can join. Choose a network address under Network.</source>
        <translation>L&apos;adresse est 127.0.0.1 : seul cet ordinateur peut se connecter. Choisissez une adresse réseau sous Réseau.</translation>
    </message>
    <message>
        <source>Saving works again: answers are stored as they arrive, and phones send the ones they kept by themselves.</source>
        <translation>L&apos;enregistrement fonctionne à nouveau : les réponses sont stockées dès leur arrivée, et les téléphones renvoient d&apos;eux-mêmes celles qu&apos;ils avaient gardées.</translation>
    </message>
    <message>
        <source>● Taking answers</source>
        <translation>● Reçoit des réponses</translation>
    </message>
    <message>
        <source>● Starting…</source>
        <translation>● Démarrage…</translation>
    </message>
    <message>
        <source>The attendee server is not available in this build</source>
        <translation>Le serveur des participants n&apos;est pas disponible dans cette version</translation>
    </message>
    <message>
        <source>Questions from the room</source>
        <translation>Questions de la salle</translation>
    </message>
    <message>
        <source>No questions yet: ask on your phone</source>
        <translation>Pas encore de questions : posez la vôtre sur votre téléphone</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more on the phones</source>
        <translation>
            <numerusform>+ %n autre sur les téléphones</numerusform>
            <numerusform>+ %n autres sur les téléphones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from phones   ·   %n counted in the room</source>
        <translation>
            <numerusform>depuis les téléphones   ·   %n compté en salle</numerusform>
            <numerusform>depuis les téléphones   ·   %n comptés en salle</numerusform>
        </translation>
    </message>
    <message>
        <source>Room count</source>
        <translation>Comptage en salle</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>ONE ANSWER</source>
        <translation>UNE RÉPONSE</translation>
    </message>
    <message>
        <source>THEMES</source>
        <translation>THÈMES</translation>
    </message>
    <message>
        <source>QUESTION {number}</source>
        <translation>QUESTION {number}</translation>
    </message>
    <message numerus="yes">
        <source>written by %n people</source>
        <translation>
            <numerusform>écrite par %n personne</numerusform>
            <numerusform>écrite par %n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n thème</numerusform>
            <numerusform>%n thèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tagged answer(s)</source>
        <translation>
            <numerusform>%n réponse classée</numerusform>
            <numerusform>%n réponses classées</numerusform>
        </translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(pas de texte)</translation>
    </message>
    <message>
        <source>No themes tagged yet</source>
        <translation>Aucun thème classé pour le moment</translation>
    </message>
    <message numerus="yes">
        <source>%n more theme(s)</source>
        <translation>
            <numerusform>%n autre thème</numerusform>
            <numerusform>%n autres thèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>{address}   ·   code {code}</source>
        <translation>{address}   ·   code {code}</translation>
    </message>
    <message>
        <source>SINCE LAST TIME</source>
        <translation>DEPUIS LA DERNIÈRE FOIS</translation>
    </message>
    <message>
        <source>You said, we did</source>
        <translation>Vous avez dit, nous avons fait</translation>
    </message>
    <message>
        <source>Nothing was carried over from the last forum.</source>
        <translation>Rien n&apos;a été repris du dernier forum.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more in the recap</source>
        <translation>
            <numerusform>… et %n autre dans le compte rendu</numerusform>
            <numerusform>… et %n autres dans le compte rendu</numerusform>
        </translation>
    </message>
    <message>
        <source>QUESTION {number} OF {total}</source>
        <translation>QUESTION {number} SUR {total}</translation>
    </message>
    <message>
        <source>QUESTION</source>
        <translation>QUESTION</translation>
    </message>
    <message>
        <source>No question yet</source>
        <translation>Pas encore de question</translation>
    </message>
    <message numerus="yes">
        <source>answer(s)</source>
        <comment>the word after the answer count</comment>
        <translation>
            <numerusform>réponse</numerusform>
            <numerusform>réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>RESULTS · QUESTION {number} OF {total}</source>
        <translation>RÉSULTATS · QUESTION {number} SUR {total}</translation>
    </message>
    <message>
        <source>RESULTS</source>
        <translation>RÉSULTATS</translation>
    </message>
    <message>
        <source>No answers yet</source>
        <translation>Pas encore de réponses</translation>
    </message>
    <message>
        <source>average out of {max}</source>
        <translation>moyenne sur {max}</translation>
    </message>
    <message>
        <source>No answers to show</source>
        <translation>Aucune réponse à afficher</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>page {page} sur {pages}</translation>
    </message>
    <message>
        <source>LISTENING FORUM</source>
        <translation>FORUM D&apos;ÉCOUTE</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera, or open</source>
        <translation>Scannez le code avec l&apos;appareil photo de votre téléphone, ou ouvrez</translation>
    </message>
    <message>
        <source>with {partner}</source>
        <translation>avec {partner}</translation>
    </message>
    <message>
        <source>No words yet</source>
        <translation>Pas encore de mots</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Ouvrir un autre fichier…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Open a forumdesk database</source>
        <translation>Ouvrir une base de données forumdesk</translation>
    </message>
    <message>
        <source>Something went wrong: {problem}

Everything saved before is safe. Details are in the log file.</source>
        <translation>Un problème est survenu : {problem}

Tout ce qui a été enregistré avant est en sécurité. Les détails sont dans le fichier journal.</translation>
    </message>
    <message>
        <source>These answers differ only by a typo, a plural or a word added. Tick the groups that say the same thing: each is then counted once, ×N, here, on the projector and in the recap. Every answer stays stored as it was typed.</source>
        <translation>Ces réponses ne diffèrent que par une faute de frappe, un pluriel ou un mot ajouté. Cochez les groupes qui disent la même chose : chacun est alors compté une fois, ×N, ici, sur le projecteur et dans le compte rendu. Chaque réponse reste enregistrée telle qu&apos;elle a été saisie.</translation>
    </message>
    <message>
        <source>Count as the same</source>
        <translation>Compter comme une seule</translation>
    </message>
</context>
</TS>
