<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>forumdesk bundles (*.forumbundle *.json);;All files (*)</source>
        <translation>forumdesk-Pakete (*.forumbundle *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Same partner?</source>
        <translation>Derselbe Partner?</translation>
    </message>
    <message>
        <source>This database already has a partner named “{name}”. Is the bundle&apos;s partner the same organisation? Yes adds the forum to it; No makes a new partner.</source>
        <translation>Diese Datenbank hat bereits einen Partner namens „{name}“. Ist der Partner des Pakets dieselbe Organisation? Ja fügt das Forum diesem Partner hinzu, Nein legt einen neuen Partner an.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nichts wurde importiert</translation>
    </message>
    <message>
        <source>Import a forum bundle</source>
        <translation>Forum-Paket importieren</translation>
    </message>
    <message>
        <source>“{title}” is already in this database; nothing was added.</source>
        <translation>„{title}“ ist bereits in dieser Datenbank; nichts wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>The forum was not imported: {reason}</source>
        <translation>Das Forum wurde nicht importiert: {reason}</translation>
    </message>
    <message>
        <source>“{title}” was imported.</source>
        <translation>„{title}“ wurde importiert.</translation>
    </message>
    <message>
        <source>Export a forum bundle</source>
        <translation>Forum-Paket exportieren</translation>
    </message>
    <message>
        <source>The bundle was not written: {reason}</source>
        <translation>Das Paket wurde nicht geschrieben: {reason}</translation>
    </message>
    <message>
        <source>Bundle saved to {path}. Import it on another laptop with File ▸ Import a forum bundle….</source>
        <translation>Paket gespeichert unter {path}. Auf einem anderen Laptop mit Datei ▸ Forum-Paket importieren… einlesen.</translation>
    </message>
    <message>
        <source>Compare forums</source>
        <translation>Foren vergleichen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Tick two or more forums, then Compare.</source>
        <translation>Zwei oder mehr Foren ankreuzen, dann Vergleichen.</translation>
    </message>
    <message>
        <source>Question / forum</source>
        <translation>Frage / Forum</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Was gesagt wurde</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) asked at more than one of these forums.</source>
        <translation>
            <numerusform>%n Frage wurde in mehr als einem dieser Foren gestellt.</numerusform>
            <numerusform>%n Fragen wurden in mehr als einem dieser Foren gestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>These forums asked no question in common.</source>
        <translation>Diese Foren haben keine gemeinsame Frage gestellt.</translation>
    </message>
    <message>
        <source>{title} — forumdesk console</source>
        <translation>{title} — forumdesk-Konsole</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Room counts</source>
        <translation>Zählungen</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Q&amp;&amp;A</source>
        <translation>F&amp;&amp;A</translation>
    </message>
    <message>
        <source>&amp;Forum</source>
        <translation>&amp;Forum</translation>
    </message>
    <message>
        <source>&amp;Start taking answers</source>
        <translation>Antworten &amp;annehmen</translation>
    </message>
    <message>
        <source>S&amp;top the server</source>
        <translation>Server &amp;stoppen</translation>
    </message>
    <message>
        <source>&amp;Look for networks again</source>
        <translation>&amp;Netzwerke erneut suchen</translation>
    </message>
    <message>
        <source>&amp;End the forum…</source>
        <translation>Forum &amp;beenden…</translation>
    </message>
    <message>
        <source>&amp;Close the console</source>
        <translation>Konsole &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Frage</translation>
    </message>
    <message>
        <source>&amp;Previous question</source>
        <translation>&amp;Vorherige Frage</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>&amp;Nächste Frage</translation>
    </message>
    <message>
        <source>&amp;Open / close for answers</source>
        <translation>Für Antworten ö&amp;ffnen / schließen</translation>
    </message>
    <message>
        <source>&amp;Reveal / hide results</source>
        <translation>Ergebnisse &amp;zeigen / verbergen</translation>
    </message>
    <message>
        <source>Start / pause the &amp;timer</source>
        <translation>&amp;Timer starten / anhalten</translation>
    </message>
    <message>
        <source>&amp;Blank the projector</source>
        <translation>Projektor &amp;schwarz</translation>
    </message>
    <message>
        <source>Show the &amp;welcome slide</source>
        <translation>&amp;Willkommensfolie zeigen</translation>
    </message>
    <message>
        <source>Show “You said, we did” (&amp;follow-up)</source>
        <translation>„Ihr habt gesagt, wir haben getan“ zeigen (&amp;Nachverfolgung)</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Antwort</translation>
    </message>
    <message>
        <source>&amp;Hide / show on the projector</source>
        <translation>Auf dem Projektor &amp;verbergen / zeigen</translation>
    </message>
    <message>
        <source>Appro&amp;ve for the projector (review first)</source>
        <translation>Für den Projektor &amp;freigeben (erst prüfen)</translation>
    </message>
    <message>
        <source>&amp;Star / unstar</source>
        <translation>&amp;Markieren / Markierung entfernen</translation>
    </message>
    <message>
        <source>&amp;Tag with a theme</source>
        <translation>Einem &amp;Thema zuordnen</translation>
    </message>
    <message>
        <source>Show answers to &amp;all questions</source>
        <translation>Antworten auf &amp;alle Fragen zeigen</translation>
    </message>
    <message>
        <source>&amp;Search answers</source>
        <translation>Antworten &amp;durchsuchen</translation>
    </message>
    <message>
        <source>S&amp;potlight on the projector</source>
        <translation>&amp;Groß auf dem Projektor</translation>
    </message>
    <message>
        <source>Next page of the answer &amp;wall</source>
        <translation>Nächste Seite der Antwort&amp;wand</translation>
    </message>
    <message>
        <source>Previous page of the answer wall</source>
        <translation>Vorherige Seite der Antwortwand</translation>
    </message>
    <message>
        <source>Turn the wall&apos;s pages every {seconds} seconds</source>
        <translation>Seiten der Antwortwand alle {seconds} Sekunden umblättern</translation>
    </message>
    <message>
        <source>Themes &amp;slide on the projector</source>
        <translation>Themen&amp;folie auf dem Projektor</translation>
    </message>
    <message>
        <source>Suggest th&amp;emes…</source>
        <translation>Th&amp;emen vorschlagen…</translation>
    </message>
    <message>
        <source>Select si&amp;milar answers</source>
        <translation>&amp;Ähnliche Antworten auswählen</translation>
    </message>
    <message>
        <source>Suggest the theme of the &amp;rest…</source>
        <translation>Thema für den &amp;Rest vorschlagen…</translation>
    </message>
    <message>
        <source>Near-&amp;duplicates…</source>
        <translation>Fast-&amp;Duplikate…</translation>
    </message>
    <message>
        <source>Count apart a&amp;gain</source>
        <translation>Wieder &amp;getrennt zählen</translation>
    </message>
    <message>
        <source>Theme {number}</source>
        <translation>Thema {number}</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>&amp;Note box</source>
        <translation>&amp;Notizfeld</translation>
    </message>
    <message>
        <source>&amp;Back to the presenter keys</source>
        <translation>&amp;Zurück zu den Präsentationstasten</translation>
    </message>
    <message>
        <source>&amp;Room counts</source>
        <translation>Zählungen im &amp;Raum</translation>
    </message>
    <message>
        <source>&amp;Commitments</source>
        <translation>&amp;Zusagen</translation>
    </message>
    <message>
        <source>T&amp;hemes</source>
        <translation>T&amp;hemen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show the &amp;projector</source>
        <translation>&amp;Projektor zeigen</translation>
    </message>
    <message>
        <source>H&amp;ide the projector</source>
        <translation>Projektor &amp;verbergen</translation>
    </message>
    <message>
        <source>Projector &amp;full screen</source>
        <translation>Projektor im &amp;Vollbild</translation>
    </message>
    <message>
        <source>Projector &amp;screen</source>
        <translation>Projektor-&amp;Bildschirm</translation>
    </message>
    <message>
        <source>Projector &amp;theme</source>
        <translation>Projektor-&amp;Design</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Create themes in the Themes tab</source>
        <translation>Themen im Reiter Themen anlegen</translation>
    </message>
    <message>
        <source>Tag with theme &amp;number (1–9)</source>
        <translation>Thema per &amp;Nummer zuordnen (1–9)</translation>
    </message>
    <message>
        <source>Hide the answers</source>
        <translation>Antworten ausblenden</translation>
    </message>
    <message>
        <source>Show the answers again</source>
        <translation>Antworten wieder zeigen</translation>
    </message>
    <message>
        <source>Star the answers</source>
        <translation>Antworten markieren</translation>
    </message>
    <message>
        <source>Remove the stars</source>
        <translation>Markierungen entfernen</translation>
    </message>
    <message>
        <source>Tag the answers</source>
        <translation>Antworten zuordnen</translation>
    </message>
    <message>
        <source>Untag the answers</source>
        <translation>Zuordnung der Antworten aufheben</translation>
    </message>
    <message>
        <source>Select an answer to read it in full, hide it (H), star it (S) or tag it.</source>
        <translation>Eine Antwort auswählen, um sie ganz zu lesen, zu verbergen (H), zu markieren (S) oder zuzuordnen.</translation>
    </message>
    <message>
        <source>Projector (hidden): {slide}</source>
        <translation>Projektor (verborgen): {slide}</translation>
    </message>
    <message>
        <source>Projector (full screen on {screen}): {slide}</source>
        <translation>Projektor (Vollbild auf {screen}): {slide}</translation>
    </message>
    <message>
        <source>Projector (in a window): {slide}</source>
        <translation>Projektor (im Fenster): {slide}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>results shown</source>
        <translation>Ergebnisse sichtbar</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Someone is voting repeatedly on question {number}: one network address tried %n more vote(s) than a phone may send. Those votes were refused and are not counted.</source>
        <translation>
            <numerusform>Jemand stimmt bei Frage {number} wiederholt ab: eine Netzwerkadresse versuchte %n Stimme mehr, als ein Telefon senden darf. Sie wurde abgewiesen und nicht gezählt.</numerusform>
            <numerusform>Jemand stimmt bei Frage {number} wiederholt ab: eine Netzwerkadresse versuchte %n Stimmen mehr, als ein Telefon senden darf. Sie wurden abgewiesen und nicht gezählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Someone is voting repeatedly: one network address tried %n more vote(s) than a phone may send. Those votes were refused and are not counted.</source>
        <translation>
            <numerusform>Jemand stimmt wiederholt ab: eine Netzwerkadresse versuchte %n Stimme mehr, als ein Telefon senden darf. Sie wurde abgewiesen und nicht gezählt.</numerusform>
            <numerusform>Jemand stimmt wiederholt ab: eine Netzwerkadresse versuchte %n Stimmen mehr, als ein Telefon senden darf. Sie wurden abgewiesen und nicht gezählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Phones are still connected</source>
        <translation>Es sind noch Telefone verbunden</translation>
    </message>
    <message>
        <source>The attendee server is running. Stop it and close the console? The forum stays open so you can resume it later with the same code.</source>
        <translation>Der Teilnehmerserver läuft. Stoppen und die Konsole schließen? Das Forum bleibt offen, Sie können es später mit demselben Code fortsetzen.</translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation>Stoppen und schließen</translation>
    </message>
    <message>
        <source>Rated {rating}</source>
        <translation>Bewertet mit {rating}</translation>
    </message>
    <message>
        <source>Q{number}</source>
        <translation>F{number}</translation>
    </message>
    <message>
        <source>late</source>
        <translation>verspätet</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>waiting for review (Y shows it, H hides it)</source>
        <translation>wartet auf Prüfung (Y zeigt sie, H verbirgt sie)</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>Let the room ask</source>
        <translation>Fragen aus dem Raum zulassen</translation>
    </message>
    <message>
        <source>Review first</source>
        <translation>Erst prüfen</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Jetzt öffnen</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Markieren</translation>
    </message>
    <message>
        <source>Answering now (projector)</source>
        <translation>Wird jetzt beantwortet (Projektor)</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Zuordnen</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message numerus="yes">
        <source>%n asked</source>
        <translation>
            <numerusform>%n gestellt</numerusform>
            <numerusform>%n gestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for review</source>
        <translation>
            <numerusform>%n wartet auf Prüfung</numerusform>
            <numerusform>%n warten auf Prüfung</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking is off for this forum.</source>
        <translation>Fragen aus dem Raum sind für dieses Forum aus.</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Markierung entfernen</translation>
    </message>
    <message>
        <source>Reopen the ended forum?</source>
        <translation>Beendetes Forum wieder öffnen?</translation>
    </message>
    <message>
        <source>“{title}” has ended. Take answers again? Phones can then answer its open questions, and the recap will include what they send.</source>
        <translation>„{title}“ ist beendet. Wieder Antworten annehmen? Telefone können dann die offenen Fragen beantworten, und die Zusammenfassung enthält, was sie senden.</translation>
    </message>
    <message>
        <source>This forum has ended: phones can no longer answer. Answers, notes and results are kept; export the recap when you are ready.</source>
        <translation>Dieses Forum ist beendet: Telefone können nicht mehr antworten. Antworten, Notizen und Ergebnisse bleiben erhalten; exportieren Sie die Zusammenfassung, wenn Sie so weit sind.</translation>
    </message>
    <message>
        <source>Export the recap…</source>
        <translation>Zusammenfassung exportieren…</translation>
    </message>
    <message>
        <source>End the forum?</source>
        <translation>Forum beenden?</translation>
    </message>
    <message>
        <source>Every question closes and phones can no longer answer. Answers, notes and results stay as they are.</source>
        <translation>Alle Fragen werden geschlossen, Telefone können nicht mehr antworten. Antworten, Notizen und Ergebnisse bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search answers (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Verborgen</translation>
    </message>
    <message>
        <source>Untagged</source>
        <translation>Ohne Thema</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <source>Same answers once</source>
        <translation>Gleiche bündeln</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Alle Themen</translation>
    </message>
    <message>
        <source>Type what is said in the room, then press Enter</source>
        <translation>Tippen, was im Raum gesagt wird, dann Eingabe</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Double-click a note to correct it.</source>
        <translation>Doppelklick auf eine Notiz, um sie zu korrigieren.</translation>
    </message>
    <message>
        <source>Notes go to question {number}.</source>
        <translation>Notizen gehen an Frage {number}.</translation>
    </message>
    <message>
        <source>Notes go to the forum as a whole.</source>
        <translation>Notizen gehen an das ganze Forum.</translation>
    </message>
    <message>
        <source>Save room counts</source>
        <translation>Zählungen speichern</translation>
    </message>
    <message>
        <source>Room counts are for choice questions. Go to one to count a show of hands.</source>
        <translation>Zählungen im Raum gibt es für Auswahlfragen. Zu einer wechseln, um Handzeichen zu zählen.</translation>
    </message>
    <message>
        <source>Show of hands for the current question:</source>
        <translation>Handzeichen zur aktuellen Frage:</translation>
    </message>
    <message>
        <source>Room count for {choice}</source>
        <translation>Zählung im Raum für {choice}</translation>
    </message>
    <message>
        <source>What we will do (goes into the recap). Double-click to edit.</source>
        <translation>Was wir tun werden (kommt in die Zusammenfassung). Doppelklick zum Bearbeiten.</translation>
    </message>
    <message>
        <source>A commitment, then Enter</source>
        <translation>Eine Zusage, dann Eingabe</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Group answers under themes: select an answer, then press the theme&apos;s number (or Answer ▸ Tag). Double-click a theme to rename it.</source>
        <translation>Antworten nach Themen gruppieren: eine Antwort auswählen, dann die Nummer des Themas drücken (oder Antwort ▸ Zuordnen). Doppelklick auf ein Thema, um es umzubenennen.</translation>
    </message>
    <message>
        <source>New theme, then Enter</source>
        <translation>Neues Thema, dann Eingabe</translation>
    </message>
    <message>
        <source>Theme to merge into</source>
        <translation>Zielthema der Zusammenführung</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Zusammenführen mit</translation>
    </message>
    <message>
        <source>Select a theme in the list, then choose another one to merge it into.</source>
        <translation>Ein Thema in der Liste auswählen, dann das Thema wählen, mit dem es zusammengeführt wird.</translation>
    </message>
    <message>
        <source>Suggested themes</source>
        <translation>Vorgeschlagene Themen</translation>
    </message>
    <message>
        <source>Tick the themes to keep. Double-click a name to change it; two themes with the same name become one. Nothing is tagged until you press Tag.</source>
        <translation>Die zu behaltenden Themen ankreuzen. Doppelklick auf einen Namen ändert ihn; zwei Themen mit gleichem Namen werden eins. Nichts wird zugeordnet, bevor Sie Zuordnen drücken.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s), for example: {example}</source>
        <translation>
            <numerusform>%n Antwort, zum Beispiel: {example}</numerusform>
            <numerusform>%n Antworten, zum Beispiel: {example}</numerusform>
        </translation>
    </message>
    <message>
        <source>Working on the answers…</source>
        <translation>Antworten werden bearbeitet…</translation>
    </message>
    <message>
        <source>The answers could not be grouped: {reason}</source>
        <translation>Die Antworten ließen sich nicht gruppieren: {reason}</translation>
    </message>
    <message>
        <source>There are no visible text answers to group yet.</source>
        <translation>Es gibt noch keine sichtbaren Textantworten zum Gruppieren.</translation>
    </message>
    <message>
        <source>Tag the suggested themes</source>
        <translation>Nach den vorgeschlagenen Themen zuordnen</translation>
    </message>
    <message numerus="yes">
        <source>%n similar answer(s) selected</source>
        <translation>
            <numerusform>%n ähnliche Antwort ausgewählt</numerusform>
            <numerusform>%n ähnliche Antworten ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag a few answers with each theme first; the rest are then suggested from those examples.</source>
        <translation>Zuerst jedem Thema einige Antworten zuordnen; der Rest wird dann anhand dieser Beispiele vorgeschlagen.</translation>
    </message>
    <message>
        <source>{theme}: {count} ({surer} surer)</source>
        <translation>{theme}: {count} (davon {surer} sicherer)</translation>
    </message>
    <message>
        <source>Tag the rest?</source>
        <translation>Den Rest zuordnen?</translation>
    </message>
    <message numerus="yes">
        <source>%n untagged answer(s), by the examples you tagged:</source>
        <translation>
            <numerusform>%n Antwort ohne Thema, nach Ihren zugeordneten Beispielen:</numerusform>
            <numerusform>%n Antworten ohne Thema, nach Ihren zugeordneten Beispielen:</numerusform>
        </translation>
    </message>
    <message>
        <source>The surer half are those your examples point to most clearly. Tag only them, and the others stay untagged for you to check (filter: Untagged).</source>
        <translation>Die sicherere Hälfte sind die Antworten, auf die Ihre Beispiele am deutlichsten zeigen. Ordnen Sie nur diese zu, bleiben die anderen ohne Thema, damit Sie sie prüfen (Filter: Ohne Thema).</translation>
    </message>
    <message numerus="yes">
        <source>Tag the surer %n</source>
        <translation>
            <numerusform>Die sicherere zuordnen (%n)</numerusform>
            <numerusform>Die %n sichereren zuordnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag all %n</source>
        <translation>
            <numerusform>Alle zuordnen (%n)</numerusform>
            <numerusform>Alle %n zuordnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag the rest</source>
        <translation>Den Rest zuordnen</translation>
    </message>
    <message>
        <source>Near-duplicates</source>
        <translation>Fast-Duplikate</translation>
    </message>
    <message>
        <source>No answers to this question differ only by a typo, a plural or a word added.</source>
        <translation>Keine Antworten auf diese Frage unterscheiden sich nur durch einen Tippfehler, einen Plural oder ein zusätzliches Wort.</translation>
    </message>
    <message>
        <source>These answers are not counted together by your choice: answers that differ only in case, accents, punctuation or spacing always count once.</source>
        <translation>Diese Antworten wurden nicht von Ihnen zusammengefasst: Antworten, die sich nur in Groß- und Kleinschreibung, Akzenten, Satzzeichen oder Leerzeichen unterscheiden, zählen immer nur einmal.</translation>
    </message>
    <message>
        <source>Counted apart again: each text is its own row.</source>
        <translation>Wieder getrennt: Jeder Text hat seine eigene Zeile.</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Neues Thema</translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Delete the note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Rename the theme</source>
        <translation>Thema umbenennen</translation>
    </message>
    <message>
        <source>Delete the theme</source>
        <translation>Thema löschen</translation>
    </message>
    <message>
        <source>Merge the themes</source>
        <translation>Themen zusammenführen</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Open/close</source>
        <translation>Öffnen/schließen</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Schwarz</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Length of the timer</source>
        <translation>Länge des Timers</translation>
    </message>
    <message>
        <source>Close at zero</source>
        <translation>Bei 0 schließen</translation>
    </message>
    <message>
        <source>Close the question for answers when the timer reaches zero</source>
        <translation>Die Frage für Antworten schließen, wenn der Timer null erreicht</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>No question shown yet</source>
        <translation>Noch keine Frage gezeigt</translation>
    </message>
    <message>
        <source>Press → (or Space) to show question 1 of {count}.</source>
        <translation>→ (oder Leertaste) drücken, um Frage 1 von {count} zu zeigen.</translation>
    </message>
    <message>
        <source>No questions yet</source>
        <translation>Noch keine Fragen</translation>
    </message>
    <message>
        <source>Add questions in the forum editor.</source>
        <translation>Fragen im Forum-Editor hinzufügen.</translation>
    </message>
    <message>
        <source>Question {number} of {count}</source>
        <translation>Frage {number} von {count}</translation>
    </message>
    <message>
        <source>open for answers</source>
        <translation>offen für Antworten</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>Hide results</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%n late answer(s)</source>
        <translation>
            <numerusform>%n verspätete Antwort</numerusform>
            <numerusform>%n verspätete Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem}. Check the disk and the file&apos;s permissions, then try again.</source>
        <translation>{problem}. Datenträger und Dateirechte prüfen, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>Something went wrong: {problem}</source>
        <translation>Etwas ist schiefgegangen: {problem}</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>PDF recap — shareable with the partner</source>
        <translation>PDF-Zusammenfassung — für den Partner</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>HTML recap — shareable with the partner (accessible, reads on a phone)</source>
        <translation>HTML-Zusammenfassung — für den Partner (barrierefrei, auf dem Telefon lesbar)</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <source>Spreadsheet recap (XLSX) — shareable with the partner</source>
        <translation>Tabellen-Zusammenfassung (XLSX) — für den Partner</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV — shareable with the partner (masked, no small groups, no ids or times)</source>
        <translation>CSV — für den Partner (maskiert, ohne kleine Gruppen, ohne IDs und Zeiten)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON — shareable with the partner (same rules as the CSV)</source>
        <translation>JSON — für den Partner (dieselben Regeln wie CSV)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>CSV — INTERNAL, for you only (every answer, small groups, ids and times)</source>
        <translation>CSV — INTERN, nur für Sie (alle Antworten, kleine Gruppen, IDs und Zeiten)</translation>
    </message>
    <message>
        <source>JSON — INTERNAL, for you only (the whole forum)</source>
        <translation>JSON — INTERN, nur für Sie (das ganze Forum)</translation>
    </message>
    <message>
        <source>Export — {title}</source>
        <translation>Exportieren — {title}</translation>
    </message>
    <message>
        <source>Choose what to export, review identifying details, then press Export.</source>
        <translation>Wählen Sie, was exportiert wird, prüfen Sie identifizierende Angaben, dann Exportieren.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>PDF öffnen</translation>
    </message>
    <message>
        <source>Erase what people typed…</source>
        <translation>Getippte Texte löschen…</translation>
    </message>
    <message>
        <source>After the recap is shared: delete the answer texts and room notes, keep the counts</source>
        <translation>Nach dem Teilen der Zusammenfassung: Antworttexte und Raumnotizen löschen, Zählungen behalten</translation>
    </message>
    <message>
        <source>1. Files</source>
        <translation>1. Dateien</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>2. Review identifying details before sharing</source>
        <translation>2. Identifizierende Angaben vor dem Teilen prüfen</translation>
    </message>
    <message>
        <source>These answers and room notes contain something that may identify a person (an e-mail address, a phone number, a name...). Each is masked (for example [email removed]) in the recap, the exports, the projector and the phones&apos; results, unless you tick “Keep” — e.g. when someone asked to be contacted. The same detail elsewhere follows your choice.</source>
        <translation>Diese Antworten und Raumnotizen enthalten etwas, das eine Person erkennbar machen kann (E-Mail-Adresse, Telefonnummer, Name…). Jede Angabe wird in der Zusammenfassung, den Exporten, auf dem Projektor und in den Ergebnissen der Telefone maskiert (z. B. [email removed]), außer Sie kreuzen „Behalten“ an — etwa wenn jemand kontaktiert werden möchte. Dieselbe Angabe an anderer Stelle folgt Ihrer Wahl.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>As it will be shared</source>
        <translation>So wird es geteilt</translation>
    </message>
    <message>
        <source>No answer or room note contains identifying details.</source>
        <translation>Keine Antwort und keine Raumnotiz enthält identifizierende Angaben.</translation>
    </message>
    <message>
        <source>3. Preview of the first pages</source>
        <translation>3. Vorschau der ersten Seiten</translation>
    </message>
    <message>
        <source>The first pages of the recap appear here after the export.</source>
        <translation>Die ersten Seiten der Zusammenfassung erscheinen hier nach dem Export.</translation>
    </message>
    <message>
        <source>Keep this detail unmasked everywhere in this forum</source>
        <translation>Diese Angabe überall in diesem Forum unmaskiert lassen</translation>
    </message>
    <message>
        <source>Answer to Q{number}</source>
        <translation>Antwort auf F{number}</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Room note on Q{number}</source>
        <translation>Raumnotiz zu F{number}</translation>
    </message>
    <message>
        <source>Room note</source>
        <translation>Raumnotiz</translation>
    </message>
    <message>
        <source>Found: {detail}&lt;br&gt;As typed: {text}</source>
        <translation>Gefunden: {detail}&lt;br&gt;Wie getippt: {text}</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Tick at least one format and give it a file name.</source>
        <translation>Mindestens ein Format ankreuzen und ihm einen Dateinamen geben.</translation>
    </message>
    <message>
        <source>Check the recap details: {reason}</source>
        <translation>Angaben zur Zusammenfassung prüfen: {reason}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Exported {files}</source>
        <translation>Exportiert: {files}</translation>
    </message>
    <message numerus="yes">
        <source>the recap has %n page(s)</source>
        <translation>
            <numerusform>die Zusammenfassung hat %n Seite</numerusform>
            <numerusform>die Zusammenfassung hat %n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identifying detail(s) masked</source>
        <translation>
            <numerusform>%n identifizierende Angabe maskiert</numerusform>
            <numerusform>%n identifizierende Angaben maskiert</numerusform>
        </translation>
    </message>
    <message>
        <source>The export did not complete: {reason}</source>
        <translation>Der Export wurde nicht abgeschlossen: {reason}</translation>
    </message>
    <message>
        <source>No preview: the page renderer (pypdfium2) is not installed or no PDF was exported. Use “Open PDF” to see the recap.</source>
        <translation>Keine Vorschau: Der Seitenrenderer (pypdfium2) ist nicht installiert oder es wurde kein PDF exportiert. Mit „PDF öffnen“ die Zusammenfassung ansehen.</translation>
    </message>
    <message>
        <source>Please wait until the export has finished.</source>
        <translation>Bitte warten, bis der Export abgeschlossen ist.</translation>
    </message>
    <message>
        <source>How attendees join</source>
        <translation>Wie Teilnehmende beitreten</translation>
    </message>
    <message>
        <source>Before the room arrives</source>
        <translation>Bevor der Raum sich füllt</translation>
    </message>
    <message>
        <source>Connect the laptop to the network the attendees will use and start the forum&apos;s attendee server from the console. The console and the projector&apos;s welcome slide show a QR code, the join address and a six-letter code.</source>
        <translation>Verbinden Sie den Laptop mit dem Netzwerk der Teilnehmenden und starten Sie den Teilnehmerserver in der Konsole. Die Konsole und die Willkommensfolie zeigen einen QR-Code, die Beitrittsadresse und einen Code aus sechs Buchstaben.</translation>
    </message>
    <message>
        <source>In the room</source>
        <translation>Im Raum</translation>
    </message>
    <message>
        <source>Attendees scan the QR code with their phone&apos;s camera, or type the address. No app, no account, no name: answers are anonymous. Phones only need to be on the same network as this laptop; no internet is needed.</source>
        <translation>Teilnehmende scannen den QR-Code mit der Kamera ihres Telefons oder tippen die Adresse ein. Keine App, kein Konto, kein Name: Antworten sind anonym. Die Telefone müssen nur im selben Netzwerk wie dieser Laptop sein; Internet ist nicht nötig.</translation>
    </message>
    <message>
        <source>When phones cannot reach the laptop</source>
        <translation>Wenn Telefone den Laptop nicht erreichen</translation>
    </message>
    <message>
        <source>Many venue and guest Wi-Fi networks keep devices apart. To tell, open the join address on your own phone, on the same Wi-Fi: if the page does not load while the console shows the server running, the network is blocking it. Then bring a pocket router, or turn on this laptop&apos;s or a phone&apos;s hotspot, and have everyone join that network; the console&apos;s Network list picks up the new address (click Refresh).</source>
        <translation>Viele WLANs in Veranstaltungsorten und Gastnetze trennen Geräte voneinander. Zum Prüfen die Beitrittsadresse auf dem eigenen Telefon im selben WLAN öffnen: Lädt die Seite nicht, obwohl die Konsole den Server als laufend zeigt, blockiert das Netzwerk sie. Dann einen Taschenrouter mitbringen oder den Hotspot dieses Laptops oder eines Telefons einschalten und alle diesem Netzwerk beitreten lassen; die Netzwerkliste der Konsole übernimmt die neue Adresse (Aktualisieren klicken).</translation>
    </message>
    <message>
        <source>If the laptop has several networks</source>
        <translation>Wenn der Laptop mehrere Netzwerke hat</translation>
    </message>
    <message>
        <source>Choose the one the room uses in the console&apos;s Network list; the QR code follows.</source>
        <translation>Das Netzwerk des Raums in der Netzwerkliste der Konsole wählen; der QR-Code folgt.</translation>
    </message>
    <message>
        <source>Welcome to forumdesk</source>
        <translation>Willkommen bei forumdesk</translation>
    </message>
    <message>
        <source>Run a listening forum: questions on the projector, anonymous answers from phones, notes from the room, and a recap for your partner. Everything stays on this laptop.</source>
        <translation>Leiten Sie ein Zuhörforum: Fragen auf dem Projektor, anonyme Antworten von Telefonen, Notizen aus dem Raum und eine Zusammenfassung für Ihren Partner. Alles bleibt auf diesem Laptop.</translation>
    </message>
    <message>
        <source>Create your first forum…</source>
        <translation>Erstes Forum anlegen…</translation>
    </message>
    <message>
        <source>Open the demo forum</source>
        <translation>Demo-Forum öffnen</translation>
    </message>
    <message>
        <source>Edit forum</source>
        <translation>Forum bearbeiten</translation>
    </message>
    <message>
        <source>New forum</source>
        <translation>Neues Forum</translation>
    </message>
    <message>
        <source>e.g. Spring listening forum with the college&apos;s careers service</source>
        <translation>z. B. Frühjahrs-Zuhörforum mit dem Karriereservice der Hochschule</translation>
    </message>
    <message>
        <source>Who runs the forum, e.g. Northwind Logistics (on the recap&apos;s cover)</source>
        <translation>Wer das Forum ausrichtet, z. B. Northwind Logistics (auf dem Deckblatt der Zusammenfassung)</translation>
    </message>
    <message>
        <source>How the partner reaches you, e.g. Dana Reyes, careers@northwind.example</source>
        <translation>Wie der Partner Sie erreicht, z. B. Dana Reyes, careers@northwind.example</translation>
    </message>
    <message>
        <source>Partners…</source>
        <translation>Partner…</translation>
    </message>
    <message>
        <source>The room follows me, question by question</source>
        <translation>Der Raum folgt mir, Frage für Frage</translation>
    </message>
    <message>
        <source>Everyone answers at their own pace</source>
        <translation>Alle antworten in ihrem eigenen Tempo</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>Phones that were offline send their answers when they are back. Answers to a question that closed less than this long ago are kept, marked late (0: never).</source>
        <translation>Telefone, die offline waren, senden ihre Antworten, sobald sie zurück sind. Antworten auf eine Frage, die vor weniger als dieser Zeit geschlossen wurde, werden behalten und als verspätet markiert (0: nie).</translation>
    </message>
    <message>
        <source>Review open answers before the room sees them</source>
        <translation>Offene Antworten prüfen, bevor der Raum sie sieht</translation>
    </message>
    <message>
        <source>Open answers reach the projector and the phones&apos; results only once you approve them in the console (Y approves, H hides).</source>
        <translation>Offene Antworten erscheinen erst auf dem Projektor und in den Ergebnissen der Telefone, wenn Sie sie in der Konsole freigeben (Y gibt frei, H verbirgt).</translation>
    </message>
    <message>
        <source>Attendees may change a choice or rating while the question is open</source>
        <translation>Teilnehmende dürfen eine Auswahl oder Bewertung ändern, solange die Frage offen ist</translation>
    </message>
    <message>
        <source>Still one vote per phone: a change replaces that phone&apos;s earlier vote.</source>
        <translation>Weiterhin eine Stimme pro Telefon: Eine Änderung ersetzt die frühere Stimme dieses Telefons.</translation>
    </message>
    <message>
        <source>The recap is written in this language; phones whose own language forumdesk does not speak show this one.</source>
        <translation>Der Bericht wird in dieser Sprache verfasst; Telefone, deren Sprache forumdesk nicht spricht, zeigen diese an.</translation>
    </message>
    <message>
        <source>The app&apos;s language at export</source>
        <translation>Die Sprache der App beim Export</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Veranstalter</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Late answers taken for</source>
        <translation>Verspätete Antworten angenommen für</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Recap language</source>
        <translation>Sprache des Berichts</translation>
    </message>
    <message>
        <source>Questions (drag, or Ctrl+Up and Ctrl+Down, to reorder)</source>
        <translation>Fragen (ziehen oder Strg+Auf und Strg+Ab zum Umordnen)</translation>
    </message>
    <message>
        <source>Add question…</source>
        <translation>Frage hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Save as set…</source>
        <translation>Als Satz speichern…</translation>
    </message>
    <message>
        <source>Add from a set</source>
        <translation>Aus einem Satz hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} — {count} (saved)</source>
        <translation>{title} — {count} (gespeichert)</translation>
    </message>
    <message>
        <source>Save as a question set</source>
        <translation>Als Fragensatz speichern</translation>
    </message>
    <message>
        <source>Name of the set:</source>
        <translation>Name des Satzes:</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>The questions are saved as the set “{title}”.</source>
        <translation>Die Fragen sind als Satz „{title}“ gespeichert.</translation>
    </message>
    <message>
        <source>Choose a partner (or add one with Partners…).</source>
        <translation>Einen Partner wählen (oder mit Partner… einen anlegen).</translation>
    </message>
    <message>
        <source>Remove answered questions?</source>
        <translation>Beantwortete Fragen entfernen?</translation>
    </message>
    <message numerus="yes">
        <source>%n of the questions you removed already have answers. Remove them together with their answers?</source>
        <translation>
            <numerusform>%n der entfernten Fragen hat bereits Antworten. Zusammen mit ihren Antworten entfernen?</numerusform>
            <numerusform>%n der entfernten Fragen haben bereits Antworten. Zusammen mit ihren Antworten entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Open text</source>
        <translation>Freitext</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Einfachauswahl</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Mehrfachauswahl</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>Bewertungsskala</translation>
    </message>
    <message>
        <source>Short words (word cloud)</source>
        <translation>Kurze Wörter (Wortwolke)</translation>
    </message>
    <message>
        <source>Content slide (no answers)</source>
        <translation>Infofolie (ohne Antworten)</translation>
    </message>
    <message>
        <source>Educational institution</source>
        <translation>Bildungseinrichtung</translation>
    </message>
    <message>
        <source>Professional association</source>
        <translation>Berufsverband</translation>
    </message>
    <message>
        <source>Community group</source>
        <translation>Gemeinschaftsgruppe</translation>
    </message>
    <message>
        <source>Advocacy group</source>
        <translation>Interessengruppe</translation>
    </message>
    <message>
        <source>Employment non-profit</source>
        <translation>Gemeinnützige Arbeitsvermittlung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>@handle</source>
        <translation>@Benutzername</translation>
    </message>
    <message>
        <source>profile link</source>
        <translation>Profil-Link</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>Postanschrift</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Ausweisnummer</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>person&apos;s name</source>
        <translation>Name einer Person</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>running now</source>
        <translation>läuft gerade</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>Choose all that apply on your phone</source>
        <translation>Alles Zutreffende auf dem Telefon wählen</translation>
    </message>
    <message>
        <source>Rate it on your phone</source>
        <translation>Auf dem Telefon bewerten</translation>
    </message>
    <message>
        <source>Choose one on your phone</source>
        <translation>Eine Antwort auf dem Telefon wählen</translation>
    </message>
    <message>
        <source>Answer on your phone, in your own words</source>
        <translation>Auf dem Telefon antworten, in eigenen Worten</translation>
    </message>
    <message>
        <source>Answer on your phone with a few words</source>
        <translation>Auf dem Telefon mit wenigen Wörtern antworten</translation>
    </message>
    <message>
        <source>Your answer…</source>
        <translation>Ihre Antwort…</translation>
    </message>
    <message>
        <source>welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>schwarz</translation>
    </message>
    <message>
        <source>you said, we did</source>
        <translation>ihr habt gesagt, wir haben getan</translation>
    </message>
    <message>
        <source>spotlight</source>
        <translation>Einzelantwort</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>the room&apos;s questions</source>
        <translation>Fragen aus dem Raum</translation>
    </message>
    <message>
        <source>Search forums, partners and venues</source>
        <translation>Foren, Partner und Orte suchen</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New forum…</source>
        <translation>Neues Forum…</translation>
    </message>
    <message>
        <source>Run ▶</source>
        <translation>Starten ▶</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Save a &amp;backup copy…</source>
        <translation>&amp;Sicherungskopie speichern…</translation>
    </message>
    <message>
        <source>Re&amp;store from a backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Export a forum &amp;bundle…</source>
        <translation>Forum-&amp;Paket exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import a forum bundle…</source>
        <translation>Forum-Paket &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export recap…</source>
        <translation>Zusammenfassung &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>F&amp;orum</source>
        <translation>F&amp;orum</translation>
    </message>
    <message>
        <source>&amp;New forum…</source>
        <translation>&amp;Neues Forum…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Run (live console)</source>
        <translation>&amp;Starten (Live-Konsole)</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Partners…</source>
        <translation>&amp;Partner…</translation>
    </message>
    <message>
        <source>Partner &amp;page…</source>
        <translation>Partner&amp;seite…</translation>
    </message>
    <message>
        <source>&amp;Compare forums…</source>
        <translation>Foren &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Create a &amp;demo forum</source>
        <translation>&amp;Demo-Forum anlegen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;How attendees join…</source>
        <translation>&amp;Wie Teilnehmende beitreten…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>der Systemsprache</translation>
    </message>
    <message>
        <source>forumdesk will be in {language} the next time it starts.</source>
        <translation>forumdesk erscheint beim nächsten Start in {language}.</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Delete forum?</source>
        <translation>Forum löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete “{title}” with its %n answer(s), notes and commitments? This cannot be undone (save a backup copy first if unsure).</source>
        <translation>
            <numerusform>„{title}“ mit %n Antwort, Notizen und Zusagen löschen? Das lässt sich nicht rückgängig machen (im Zweifel zuerst eine Sicherungskopie speichern).</numerusform>
            <numerusform>„{title}“ mit %n Antworten, Notizen und Zusagen löschen? Das lässt sich nicht rückgängig machen (im Zweifel zuerst eine Sicherungskopie speichern).</numerusform>
        </translation>
    </message>
    <message>
        <source>“{title}” was still running when forumdesk closed. Resume it with the same code {code} on port {port}? Phones that were connected reconnect by themselves.</source>
        <translation>„{title}“ lief noch, als forumdesk geschlossen wurde. Mit demselben Code {code} auf Port {port} fortsetzen? Verbundene Telefone verbinden sich von selbst neu.</translation>
    </message>
    <message>
        <source>“{title}” was still running when forumdesk closed. Resume it with the same code {code}? Phones that were connected reconnect by themselves.</source>
        <translation>„{title}“ lief noch, als forumdesk geschlossen wurde. Mit demselben Code {code} fortsetzen? Verbundene Telefone verbinden sich von selbst neu.</translation>
    </message>
    <message>
        <source>Resume the forum?</source>
        <translation>Forum fortsetzen?</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>forumdesk databases (*.sqlite)</source>
        <translation>forumdesk-Datenbanken (*.sqlite)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>forumdesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>forumdesk-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Close the live consoles first.</source>
        <translation>Zuerst die Live-Konsolen schließen.</translation>
    </message>
    <message>
        <source>forumdesk cannot open that file</source>
        <translation>forumdesk kann diese Datei nicht öffnen</translation>
    </message>
    <message>
        <source>Save a backup copy</source>
        <translation>Sicherungskopie speichern</translation>
    </message>
    <message>
        <source>The backup copy was not written: {reason}</source>
        <translation>Die Sicherungskopie wurde nicht geschrieben: {reason}</translation>
    </message>
    <message>
        <source>Backup copy saved to {path}.</source>
        <translation>Sicherungskopie gespeichert unter {path}.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Contact person, goals, anything useful before the next forum</source>
        <translation>Ansprechperson, Ziele, alles Nützliche vor dem nächsten Forum</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Delete partner?</source>
        <translation>Partner löschen?</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>{name} löschen?</translation>
    </message>
    <message>
        <source>Compare these forums…</source>
        <translation>Diese Foren vergleichen…</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Was getan wurde</translation>
    </message>
    <message>
        <source>Forums over time</source>
        <translation>Foren im Zeitverlauf</translation>
    </message>
    <message>
        <source>Commitments (edit owner, due date, status and what was done here)</source>
        <translation>Zusagen (Verantwortliche, Fälligkeit, Status und Erledigtes hier bearbeiten)</translation>
    </message>
    <message>
        <source>Partner: {name}</source>
        <translation>Partner: {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n forum(s)</source>
        <translation>
            <numerusform>%n Forum</numerusform>
            <numerusform>%n Foren</numerusform>
        </translation>
    </message>
    <message>
        <source>Asked at more than one forum: </source>
        <translation>In mehr als einem Forum gestellt: </translation>
    </message>
    <message>
        <source>No question was asked at more than one forum yet.</source>
        <translation>Bisher wurde keine Frage in mehr als einem Forum gestellt.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Listening forum</source>
        <translation>Zuhörforum</translation>
    </message>
    <message>
        <source>Select a question</source>
        <translation>Eine Frage auswählen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Anonymous — no names collected</source>
        <translation>Anonym — keine Namen erfasst</translation>
    </message>
    <message>
        <source>On the projector</source>
        <translation>Auf dem Projektor</translation>
    </message>
    <message>
        <source>On a phone</source>
        <translation>Auf einem Telefon</translation>
    </message>
    <message>
        <source>forumdesk — projector</source>
        <translation>forumdesk — Projektor</translation>
    </message>
    <message>
        <source>The question, as the room will read it</source>
        <translation>Die Frage, wie der Raum sie lesen wird</translation>
    </message>
    <message>
        <source>One choice per line (2 to 12)</source>
        <translation>Eine Auswahl pro Zeile (2 bis 12)</translation>
    </message>
    <message>
        <source>What the room reads under the title (up to {count} characters)</source>
        <translation>Was der Saal unter dem Titel liest (bis zu {count} Zeichen)</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>Bild wählen…</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>Bild entfernen</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Fragetext</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Auswahlmöglichkeiten</translation>
    </message>
    <message>
        <source>Lowest value</source>
        <translation>Niedrigster Wert</translation>
    </message>
    <message>
        <source>Highest value</source>
        <translation>Höchster Wert</translation>
    </message>
    <message>
        <source>Lowest means</source>
        <translation>Niedrigster Wert bedeutet</translation>
    </message>
    <message>
        <source>Highest means</source>
        <translation>Höchster Wert bedeutet</translation>
    </message>
    <message>
        <source>Longest answer (characters)</source>
        <translation>Längste Antwort (Zeichen)</translation>
    </message>
    <message>
        <source>Words per answer</source>
        <translation>Wörter pro Antwort</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Choose the slide&apos;s image</source>
        <translation>Bild der Folie wählen</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Bilder ({patterns})</translation>
    </message>
    <message>
        <source>Image not used</source>
        <translation>Bild nicht verwendet</translation>
    </message>
    <message>
        <source>{reason} The slide keeps its image as it was.</source>
        <translation>{reason} Die Folie behält ihr bisheriges Bild.</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>{format} image, {size} KB</source>
        <translation>{format}-Bild, {size} KB</translation>
    </message>
    <message>
        <source>(a smaller copy for phones: the file was {size} KB)</source>
        <translation>(eine kleinere Kopie für die Telefone: die Datei hatte {size} KB)</translation>
    </message>
    <message>
        <source>The lowest value ({low}) must be below the highest value ({high}).</source>
        <translation>Der niedrigste Wert ({low}) muss unter dem höchsten ({high}) liegen.</translation>
    </message>
    <message>
        <source>A rating scale can have at most {steps} steps.</source>
        <translation>Eine Bewertungsskala hat höchstens {steps} Stufen.</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Frage bearbeiten</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Neue Frage</translation>
    </message>
    <message>
        <source>Recap details (added to the PDF, HTML and spreadsheet)</source>
        <translation>Angaben zur Zusammenfassung (in PDF, HTML und Tabelle)</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>nicht gezählt</translation>
    </message>
    <message>
        <source>People in the room (your count)</source>
        <translation>Personen im Raum (Ihre Zählung)</translation>
    </message>
    <message>
        <source>e.g. about “{theme}”: …</source>
        <translation>z. B. zu „{theme}“: …</translation>
    </message>
    <message>
        <source>What did the room tell you?</source>
        <translation>Was hat Ihnen der Raum gesagt?</translation>
    </message>
    <message>
        <source>Thing we heard {number}</source>
        <translation>Was wir gehört haben {number}</translation>
    </message>
    <message>
        <source>List questions that were never asked, marked “not asked”</source>
        <translation>Nie gestellte Fragen auflisten, markiert als „nicht gestellt“</translation>
    </message>
    <message>
        <source>Due date (YYYY-MM-DD)</source>
        <translation>Fällig am (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>Commitments: owner and due date</source>
        <translation>Zusagen: Verantwortliche und Fälligkeit</translation>
    </message>
    <message>
        <source>automatic copy while a forum ran</source>
        <translation>automatische Kopie während eines Forums</translation>
    </message>
    <message>
        <source>when a forum ended</source>
        <translation>beim Ende eines Forums</translation>
    </message>
    <message>
        <source>when the attendee server stopped</source>
        <translation>beim Stoppen des Teilnehmerservers</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
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
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose the copy to put back. Everything saved after it is replaced; the current file is kept aside first, so nothing is deleted.</source>
        <translation>Wählen Sie die Kopie, die zurückkommen soll. Alles danach Gespeicherte wird ersetzt; die aktuelle Datei wird vorher beiseitegelegt, es wird also nichts gelöscht.</translation>
    </message>
    <message>
        <source>No automatic backups yet (they are kept in {folder}).</source>
        <translation>Noch keine automatischen Sicherungen (sie liegen in {folder}).</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Andere Datei wählen…</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Aus einer Datei wiederherstellen</translation>
    </message>
    <message>
        <source>That is the database file in use: choose a backup copy.</source>
        <translation>Das ist die Datenbankdatei in Benutzung: eine Sicherungskopie wählen.</translation>
    </message>
    <message>
        <source>An attendee server is starting or stopping. Try again in a moment.</source>
        <translation>Ein Teilnehmerserver startet oder stoppt gerade. Gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>Put back {backup} in place of {database}? Everything saved after that copy is replaced. The current file is kept aside first, as {stem}-before-restore-&lt;date&gt;-&lt;time&gt;.sqlite in {folder}, so nothing is lost.</source>
        <translation>{backup} anstelle von {database} zurückholen? Alles nach dieser Kopie Gespeicherte wird ersetzt. Die aktuelle Datei wird vorher als {stem}-before-restore-&lt;Datum&gt;-&lt;Uhrzeit&gt;.sqlite in {folder} beiseitegelegt, es geht also nichts verloren.</translation>
    </message>
    <message>
        <source>{names}: taking answers right now. The attendee server stops, phones cannot answer until you start it again, and the consoles close.</source>
        <translation>{names}: nimmt gerade Antworten an. Der Teilnehmerserver stoppt, Telefone können erst wieder antworten, wenn Sie ihn neu starten, und die Konsolen schließen sich.</translation>
    </message>
    <message>
        <source>The open consoles close.</source>
        <translation>Die offenen Konsolen werden geschlossen.</translation>
    </message>
    <message>
        <source>Restore this copy?</source>
        <translation>Diese Kopie wiederherstellen?</translation>
    </message>
    <message>
        <source>Stop and restore</source>
        <translation>Stoppen und wiederherstellen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restoring… (the attendee servers stop first)</source>
        <translation>Wird wiederhergestellt… (zuerst stoppen die Teilnehmerserver)</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>The file as it was before is kept as {path}.</source>
        <translation>Die Datei im vorherigen Zustand liegt unter {path}.</translation>
    </message>
    <message>
        <source>Restored the copy {name}.</source>
        <translation>Kopie {name} wiederhergestellt.</translation>
    </message>
    <message>
        <source>This copy cannot be restored</source>
        <translation>Diese Kopie lässt sich nicht wiederherstellen</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>{name} was not restored: {reason}</source>
        <translation>{name} wurde nicht wiederhergestellt: {reason}</translation>
    </message>
    <message>
        <source>forumdesk cannot open its data file</source>
        <translation>forumdesk kann seine Datendatei nicht öffnen</translation>
    </message>
    <message>
        <source>Use File ▸ Open database… to open another file.</source>
        <translation>Mit Datei ▸ Datenbank öffnen… eine andere Datei öffnen.</translation>
    </message>
    <message>
        <source>Erase every answer text and room note of “{title}”?

The counts, choices, ratings and themes stay, so the recap can still be exported without the texts. This cannot be undone; backups made before still hold the texts.</source>
        <translation>Alle Antworttexte und Raumnotizen von „{title}“ löschen?

Zählungen, Auswahlen, Bewertungen und Themen bleiben, die Zusammenfassung lässt sich also weiter ohne die Texte exportieren. Das lässt sich nicht rückgängig machen; frühere Sicherungen enthalten die Texte weiterhin.</translation>
    </message>
    <message>
        <source>Erase what people typed</source>
        <translation>Getippte Texte löschen</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Keep the texts</source>
        <translation>Texte behalten</translation>
    </message>
    <message>
        <source>Erased {answers} and {notes}; the counts are kept.</source>
        <translation>{answers} und {notes} gelöscht; die Zählungen bleiben.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer text(s)</source>
        <translation>
            <numerusform>%n Antworttext</numerusform>
            <numerusform>%n Antworttexte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room note(s)</source>
        <translation>
            <numerusform>%n Raumnotiz</numerusform>
            <numerusform>%n Raumnotizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Texts kept for more than %n day(s)</source>
        <translation>
            <numerusform>Texte länger als %n Tag aufbewahrt</numerusform>
            <numerusform>Texte länger als %n Tage aufbewahrt</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop reminding me</source>
        <translation>Nicht mehr erinnern</translation>
    </message>
    <message numerus="yes">
        <source>These forums are more than %n day(s) old and still hold what people typed:</source>
        <translation>
            <numerusform>Diese Foren sind älter als %n Tag und enthalten noch, was Menschen getippt haben:</numerusform>
            <numerusform>Diese Foren sind älter als %n Tage und enthalten noch, was Menschen getippt haben:</numerusform>
        </translation>
    </message>
    <message>
        <source>If the recaps are shared, erase the texts from each forum&apos;s Export dialog (“Erase what people typed…”) or with `forumdesk erase --forum ID`.</source>
        <translation>Wenn die Zusammenfassungen geteilt sind, die Texte im Export-Dialog jedes Forums („Getippte Texte löschen…“) oder mit `forumdesk erase --forum ID` löschen.</translation>
    </message>
    <message>
        <source>● Not taking answers</source>
        <translation>● Nimmt keine Antworten an</translation>
    </message>
    <message>
        <source>Start taking answers</source>
        <translation>Antworten annehmen</translation>
    </message>
    <message>
        <source>Stop server</source>
        <translation>Server stoppen</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Code {code}</source>
        <translation>Code {code}</translation>
    </message>
    <message>
        <source>The network address phones use to reach this laptop</source>
        <translation>Die Netzwerkadresse, über die Telefone diesen Laptop erreichen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Look for networks again (after joining the room&apos;s Wi-Fi)</source>
        <translation>Netzwerke erneut suchen (nach dem Beitritt zum WLAN des Raums)</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) connected</source>
        <translation>
            <numerusform>%n Telefon verbunden</numerusform>
            <numerusform>%n Telefone verbunden</numerusform>
        </translation>
    </message>
    <message>
        <source>QR code
once started</source>
        <translation>QR-Code
nach dem Start</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Netzwerk:</translation>
    </message>
    <message>
        <source>127.0.0.1 (this laptop only)</source>
        <translation>127.0.0.1 (nur dieser Laptop)</translation>
    </message>
    <message>
        <source>No network found: only this laptop can join. Connect to the room&apos;s Wi-Fi or your pocket router, then click Refresh.</source>
        <translation>Kein Netzwerk gefunden: Nur dieser Laptop kann beitreten. Mit dem WLAN des Raums oder Ihrem Taschenrouter verbinden, dann Aktualisieren klicken.</translation>
    </message>
    <message numerus="yes">
        <source>This laptop is on %n networks. Check that the address under Network is the one the room&apos;s phones are on.</source>
        <translation>
            <numerusform>Dieser Laptop ist in %n Netzwerk. Prüfen Sie, ob die Adresse unter Netzwerk die der Telefone im Raum ist.</numerusform>
            <numerusform>Dieser Laptop ist in %n Netzwerken. Prüfen Sie, ob die Adresse unter Netzwerk die der Telefone im Raum ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Port {requested} was taken by another program, so the server uses port {port}. Phones that joined before must scan the new QR code.</source>
        <translation>Port {requested} war durch ein anderes Programm belegt, daher nutzt der Server Port {port}. Bereits beigetretene Telefone müssen den neuen QR-Code scannen.</translation>
    </message>
    <message>
        <source>The attendee server did not start: {reason} Phones cannot answer until it runs; close other programs using the network port, then Start again.</source>
        <translation>Der Teilnehmerserver ist nicht gestartet: {reason} Telefone können erst antworten, wenn er läuft; andere Programme am Netzwerkport schließen, dann erneut starten.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird gestoppt…</translation>
    </message>
    <message>
        <source>Stopped — phones cannot answer</source>
        <translation>Gestoppt — Telefone können nicht antworten</translation>
    </message>
    <message>
        <source>The join address is 127.0.0.1: only this laptop can join. Choose a network address under Network.</source>
        <translation>Die Beitrittsadresse ist 127.0.0.1: Nur dieser Laptop kann beitreten. Unter Netzwerk eine Netzwerkadresse wählen.</translation>
    </message>
    <message>
        <source>Saving works again: answers are stored as they arrive, and phones send the ones they kept by themselves.</source>
        <translation>Speichern funktioniert wieder: Antworten werden beim Eintreffen gespeichert, und Telefone senden zurückgehaltene Antworten von selbst.</translation>
    </message>
    <message>
        <source>● Taking answers</source>
        <translation>● Nimmt Antworten an</translation>
    </message>
    <message>
        <source>● Starting…</source>
        <translation>● Wird gestartet…</translation>
    </message>
    <message>
        <source>The attendee server is not available in this build</source>
        <translation>Der Teilnehmerserver ist in diesem Build nicht verfügbar</translation>
    </message>
    <message>
        <source>Questions from the room</source>
        <translation>Fragen aus dem Raum</translation>
    </message>
    <message>
        <source>No questions yet: ask on your phone</source>
        <translation>Noch keine Fragen: auf dem Telefon fragen</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more on the phones</source>
        <translation>
            <numerusform>+ %n weitere auf den Telefonen</numerusform>
            <numerusform>+ %n weitere auf den Telefonen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from phones   ·   %n counted in the room</source>
        <translation>
            <numerusform>von Telefonen   ·   %n im Raum gezählt</numerusform>
            <numerusform>von Telefonen   ·   %n im Raum gezählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Room count</source>
        <translation>Zählung im Raum</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>ONE ANSWER</source>
        <translation>EINE ANTWORT</translation>
    </message>
    <message>
        <source>THEMES</source>
        <translation>THEMEN</translation>
    </message>
    <message>
        <source>QUESTION {number}</source>
        <translation>FRAGE {number}</translation>
    </message>
    <message numerus="yes">
        <source>written by %n people</source>
        <translation>
            <numerusform>von %n Person geschrieben</numerusform>
            <numerusform>von %n Personen geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n Thema</numerusform>
            <numerusform>%n Themen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tagged answer(s)</source>
        <translation>
            <numerusform>%n zugeordnete Antwort</numerusform>
            <numerusform>%n zugeordnete Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(kein Text)</translation>
    </message>
    <message>
        <source>No themes tagged yet</source>
        <translation>Noch keine Themen zugeordnet</translation>
    </message>
    <message numerus="yes">
        <source>%n more theme(s)</source>
        <translation>
            <numerusform>%n weiteres Thema</numerusform>
            <numerusform>%n weitere Themen</numerusform>
        </translation>
    </message>
    <message>
        <source>{address}   ·   code {code}</source>
        <translation>{address}   ·   Code {code}</translation>
    </message>
    <message>
        <source>SINCE LAST TIME</source>
        <translation>SEIT DEM LETZTEN MAL</translation>
    </message>
    <message>
        <source>You said, we did</source>
        <translation>Ihr habt gesagt, wir haben getan</translation>
    </message>
    <message>
        <source>Nothing was carried over from the last forum.</source>
        <translation>Vom letzten Forum wurde nichts übernommen.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more in the recap</source>
        <translation>
            <numerusform>… und %n weitere in der Zusammenfassung</numerusform>
            <numerusform>… und %n weitere in der Zusammenfassung</numerusform>
        </translation>
    </message>
    <message>
        <source>QUESTION {number} OF {total}</source>
        <translation>FRAGE {number} VON {total}</translation>
    </message>
    <message>
        <source>QUESTION</source>
        <translation>FRAGE</translation>
    </message>
    <message>
        <source>No question yet</source>
        <translation>Noch keine Frage</translation>
    </message>
    <message numerus="yes">
        <source>answer(s)</source>
        <comment>the word after the answer count</comment>
        <translation>
            <numerusform>Antwort</numerusform>
            <numerusform>Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>RESULTS · QUESTION {number} OF {total}</source>
        <translation>ERGEBNISSE · FRAGE {number} VON {total}</translation>
    </message>
    <message>
        <source>RESULTS</source>
        <translation>ERGEBNISSE</translation>
    </message>
    <message>
        <source>No answers yet</source>
        <translation>Noch keine Antworten</translation>
    </message>
    <message>
        <source>average out of {max}</source>
        <translation>Durchschnitt von {max}</translation>
    </message>
    <message>
        <source>No answers to show</source>
        <translation>Keine Antworten zum Zeigen</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>LISTENING FORUM</source>
        <translation>ZUHÖRFORUM</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera, or open</source>
        <translation>Code mit der Kamera des Telefons scannen oder öffnen</translation>
    </message>
    <message>
        <source>with {partner}</source>
        <translation>mit {partner}</translation>
    </message>
    <message>
        <source>No words yet</source>
        <translation>Noch keine Wörter</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Andere Datei öffnen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Open a forumdesk database</source>
        <translation>forumdesk-Datenbank öffnen</translation>
    </message>
    <message>
        <source>Something went wrong: {problem}

Everything saved before is safe. Details are in the log file.</source>
        <translation>Etwas ist schiefgegangen: {problem}

Alles zuvor Gespeicherte ist sicher. Details stehen in der Protokolldatei.</translation>
    </message>
    <message>
        <source>These answers differ only by a typo, a plural or a word added. Tick the groups that say the same thing: each is then counted once, ×N, here, on the projector and in the recap. Every answer stays stored as it was typed.</source>
        <translation>Diese Antworten unterscheiden sich nur durch einen Tippfehler, einen Plural oder ein zusätzliches Wort. Kreuzen Sie die Gruppen an, die dasselbe sagen: Jede wird dann einmal gezählt, ×N, hier, auf dem Projektor und im Bericht. Jede Antwort bleibt so gespeichert, wie sie getippt wurde.</translation>
    </message>
    <message>
        <source>Count as the same</source>
        <translation>Als eine zählen</translation>
    </message>
</context>
</TS>
