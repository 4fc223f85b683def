<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../desktop/pages/agenda/page.py" line="77"/>
        <source>&amp;Grille</source>
        <translation>&amp;Grid</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/page.py" line="78"/>
        <source>&amp;Liste par jour</source>
        <translation>&amp;List by day</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/page.py" line="83"/>
        <source>Conflits</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/page.py" line="95"/>
        <source>Jours en colonnes</source>
        <translation>Days as columns</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/page.py" line="96"/>
        <source>Salles en colonnes</source>
        <translation>Rooms as columns</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/page.py" line="97"/>
        <source>Colonnes de la grille</source>
        <translation>Grid columns</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/page.py" line="99"/>
        <source>Jour affiché</source>
        <translation>Day shown</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/page.py" line="116"/>
        <source>E&amp;xporter</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/page.py" line="124"/>
        <source>Év&amp;énement</source>
        <translation>E&amp;vent</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/page.py" line="167"/>
        <source>&amp;Nouvelle session</source>
        <translation>&amp;New session</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/page.py" line="168"/>
        <source>&amp;Modifier</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/page.py" line="169"/>
        <source>&amp;Dupliquer</source>
        <translation>Du&amp;plicate</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/page.py" line="171"/>
        <source>&amp;Supprimer</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/page.py" line="172"/>
        <source>&amp;Lieux et salles…</source>
        <translation>Venues and &amp;rooms…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/page.py" line="173"/>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/page.py" line="175"/>
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/page.py" line="197"/>
        <source>« {0} » n&apos;a pas encore de session. Ajoutez-en une (Nouvelle session, Ctrl+N, ou double-clic dans la grille), ou importez un programme. Les lieux et salles : Événement › Lieux et salles…</source>
        <translation>“{0}” has no session yet. Add one (New session, Ctrl+N, or double-click in the grid), or import a programme. Venues and rooms: Event › Venues and rooms…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/agenda/page.py" line="229"/>
        <source>Conflits : %n</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/page.py" line="230"/>
        <source>Aucun conflit.</source>
        <translation>No conflicts.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/page.py" line="326"/>
        <source>le déplacement de « {0} »</source>
        <translation>move of “{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/page.py" line="339"/>
        <source>la création de « {0} »</source>
        <translation>creation of “{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/page.py" line="347"/>
        <source>la modification de « {0} »</source>
        <translation>edit of “{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/page.py" line="353"/>
        <source>la duplication de « {0} »</source>
        <translation>duplication of “{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/page.py" line="363"/>
        <source>la suppression de « {0} »</source>
        <translation>deletion of “{0}”</translation>
    </message>
</context>
<context>
    <name>AttestationCheckBox</name>
    <message>
        <location filename="../../desktop/pages/printing/verify.py" line="31"/>
        <source>Vérifier une attestation</source>
        <translation>Verify an attendance certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/verify.py" line="33"/>
        <source>Code imprimé sur l&apos;attestation, ou scan du QR code</source>
        <translation>Code printed on the certificate, or scan its QR code</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/verify.py" line="34"/>
        <source>Code de vérification</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/verify.py" line="36"/>
        <source>&amp;Vérifier</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/verify.py" line="76"/>
        <source>Erreur inattendue : {0}</source>
        <translation>Unexpected error: {0}</translation>
    </message>
</context>
<context>
    <name>BadgeAtCheckIn</name>
    <message>
        <location filename="../../desktop/pages/desk/badge_printing.py" line="86"/>
        <source>Imprimer le badge à l&apos;&amp;entrée</source>
        <translation>Print the badge on &amp;entry</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/badge_printing.py" line="89"/>
        <source>Imprimante des badges imprimés à l&apos;entrée</source>
        <translation>Printer for badges printed at check-in</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/badge_printing.py" line="91"/>
        <source>Support des badges imprimés à l&apos;entrée</source>
        <translation>Stock for badges printed at check-in</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/badge_printing.py" line="99"/>
        <source>Réessayer</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/badge_printing.py" line="100"/>
        <source>Autre imprimante…</source>
        <translation>Another printer…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/badge_printing.py" line="177"/>
        <source>Une réimpression demande une raison.</source>
        <translation>A reprint needs a reason.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/badge_printing.py" line="203"/>
        <source>Pas de badge à imprimer pour ce passage.</source>
        <translation>No badge to print for this check-in.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/badge_printing.py" line="207"/>
        <source>Badge de {0} déjà imprimé (Réimprimer pour un nouveau).</source>
        <translation>Badge for {0} already printed (use Reprint for a new one).</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/badge_printing.py" line="214"/>
        <location filename="../../desktop/pages/desk/badge_printing.py" line="299"/>
        <source>Impression du badge de {0}…</source>
        <translation>Printing the badge for {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/badge_printing.py" line="222"/>
        <source>Aucune imprimante : badge de {0} enregistré en PDF ({1}).</source>
        <translation>No printer: badge for {0} saved as PDF ({1}).</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/badge_printing.py" line="231"/>
        <source>l&apos;imprimante {0} n&apos;a pas de papier {1}</source>
        <translation>printer {0} has no {1} paper</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/badge_printing.py" line="251"/>
        <location filename="../../desktop/pages/desk/badge_printing.py" line="261"/>
        <source>Badge de {0} : {1}.</source>
        <translation>Badge of {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/badge_printing.py" line="265"/>
        <source>Badge de {0} : {1}. Badge gardé en PDF ({2}).</source>
        <translation>Badge of {0}: {1}. Badge kept as a PDF ({2}).</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/badge_printing.py" line="308"/>
        <source>Aucune autre imprimante sur ce poste.</source>
        <translation>No other printer on this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/badge_printing.py" line="310"/>
        <location filename="../../desktop/pages/desk/badge_printing.py" line="319"/>
        <source>Autre imprimante</source>
        <translation>Another printer</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/badge_printing.py" line="311"/>
        <source>Envoyer le badge de {0} à :</source>
        <translation>Send the badge of {0} to:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/badge_printing.py" line="320"/>
        <source>L&apos;imprimante {0} n&apos;a pas de papier {1}. Imprimer le badge à sa taille, sans l&apos;agrandir ?</source>
        <translation>Printer {0} has no {1} paper. Print the badge at its own size, without enlarging it?</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/badge_printing.py" line="331"/>
        <source>Badge non imprimé : {0}</source>
        <translation>Badge not printed: {0}</translation>
    </message>
</context>
<context>
    <name>BadgeRoleDialog</name>
    <message>
        <location filename="../../desktop/pages/registrations/badge_role_dialog.py" line="38"/>
        <source>&amp;Rôle sur le badge</source>
        <translation>Badge &amp;role</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/badge_role_dialog.py" line="50"/>
        <source>Deviné d&apos;après la fiche : {0}</source>
        <translation>Guessed from the record: {0}</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <location filename="../../desktop/pages/exchanges/categories.py" line="34"/>
        <source>Catégories des besoins et des offres</source>
        <translation>Categories of needs and offers</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/categories.py" line="37"/>
        <source>Catégories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/categories.py" line="40"/>
        <location filename="../../desktop/pages/exchanges/categories.py" line="41"/>
        <source>Nom de la catégorie</source>
        <translation>Category name</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/categories.py" line="43"/>
        <source>&amp;Ajouter</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/categories.py" line="44"/>
        <source>Re&amp;nommer</source>
        <translation>Re&amp;name</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/categories.py" line="45"/>
        <location filename="../../desktop/pages/exchanges/categories.py" line="98"/>
        <source>&amp;Retirer</source>
        <translation>&amp;Retire</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/categories.py" line="46"/>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/categories.py" line="59"/>
        <source>Une catégorie retirée reste sur les besoins anciens, mais n&apos;est plus proposée à la saisie.</source>
        <translation>A retired category stays on earlier needs but is no longer offered when capturing.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/categories.py" line="81"/>
        <source> (retirée)</source>
        <translation> (retired)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/categories.py" line="98"/>
        <source>&amp;Rétablir</source>
        <translation>&amp;Bring back</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/categories.py" line="102"/>
        <source>Catégorie ajoutée : {0}</source>
        <translation>Category added: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/categories.py" line="107"/>
        <source>Choisissez d&apos;abord la catégorie à renommer.</source>
        <translation>First choose the category to rename.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/categories.py" line="110"/>
        <source>Catégorie renommée : {0}</source>
        <translation>Category renamed: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/categories.py" line="115"/>
        <source>Choisissez d&apos;abord la catégorie à retirer.</source>
        <translation>First choose the category to retire.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/categories.py" line="119"/>
        <source>Catégorie rétablie : {0}</source>
        <translation>Category brought back: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/categories.py" line="119"/>
        <source>Catégorie retirée : {0}</source>
        <translation>Category retired: {0}</translation>
    </message>
</context>
<context>
    <name>ChangeWords</name>
    <message>
        <location filename="../../desktop/pages/registrations/actions.py" line="30"/>
        <source>Inscription en liste d&apos;attente (événement complet).</source>
        <translation>Registration on the waiting list (event full).</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/actions.py" line="32"/>
        <source>Inscription annulée.</source>
        <translation>Registration cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/actions.py" line="34"/>
        <source>Inscription confirmée.</source>
        <translation>Registration confirmed.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/actions.py" line="36"/>
        <source>Liste d&apos;attente pour %n session(s) complète(s).</source>
        <translation>
            <numerusform>Waiting list for %Ln full session.</numerusform>
            <numerusform>Waiting list for %Ln full sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/actions.py" line="38"/>
        <source>%n personne(s) de la liste d&apos;attente a (ont) obtenu une place.</source>
        <translation>
            <numerusform>%Ln person on the waiting list got a place.</numerusform>
            <numerusform>%Ln people on the waiting list got a place.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClockWarning</name>
    <message>
        <location filename="../../desktop/pages/desk/clock_warning.py" line="26"/>
        <source>⚠ La date de cet ordinateur est le {0}, à plus d&apos;un an des événements de l&apos;espace de travail ({1} jours du {2}). Vérifiez la date et l&apos;heure de l&apos;ordinateur : chaque passage est enregistré à l&apos;heure de l&apos;ordinateur.</source>
        <translation>⚠ This computer&apos;s date is {0}, more than a year away from the workspace&apos;s events ({1} days from {2}). Check the computer&apos;s date and time: every check-in is recorded at the computer&apos;s time.</translation>
    </message>
</context>
<context>
    <name>CorrectDialog</name>
    <message>
        <location filename="../../desktop/pages/exchanges/correct.py" line="31"/>
        <source>Corriger le besoin</source>
        <translation>Correct the need</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/correct.py" line="31"/>
        <source>Corriger l&apos;offre</source>
        <translation>Correct the offer</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/correct.py" line="36"/>
        <source>Besoin :</source>
        <translation>Need:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/correct.py" line="36"/>
        <source>Offre :</source>
        <translation>Offer:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/correct.py" line="39"/>
        <source>Accepte de transmettre ses coordonnées</source>
        <translation>Agrees to pass on their contact details</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/correct.py" line="43"/>
        <source>Précisions :</source>
        <translation>Details:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/correct.py" line="53"/>
        <source>Catégories :</source>
        <translation>Categories:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/correct.py" line="58"/>
        <source>Type d&apos;offre :</source>
        <translation>Kind of offer:</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../../desktop/pages/desk/page.py" line="61"/>
        <source>Ce que l&apos;accueil contrôle</source>
        <translation>What the check-in desk checks</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/page.py" line="64"/>
        <location filename="../../desktop/pages/desk/page.py" line="419"/>
        <location filename="../../desktop/pages/desk/page.py" line="433"/>
        <source>Verrouiller l&apos;accueil</source>
        <translation>Lock the check-in desk</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/page.py" line="67"/>
        <source>Contrôle :</source>
        <translation>Checking:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/page.py" line="75"/>
        <source>Admettre quand même — admis(e) sans inscription (Ctrl+Entrée)</source>
        <translation>Admit anyway — admitted without registration (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/page.py" line="80"/>
        <source>Chercher un nom, une structure, un e-mail… (Ctrl+F, Entrée pour enregistrer le premier résultat)</source>
        <translation>Search for a name, organisation, email… (Ctrl+F, Enter to check in the first result)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/page.py" line="90"/>
        <source>Inscription sur &amp;place…</source>
        <translation>&amp;Walk-in registration…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/page.py" line="97"/>
        <source>&amp;Annuler la dernière entrée (Ctrl+Z)</source>
        <translation>&amp;Undo the last entry (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/page.py" line="98"/>
        <source>Annule le passage choisi dans la liste, sinon la dernière entrée enregistrée à ce poste.</source>
        <translation>Undoes the passage chosen in the list, otherwise the last entry recorded at this desk.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/page.py" line="103"/>
        <source>&amp;Réimprimer le badge…</source>
        <translation>&amp;Reprint badge…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/page.py" line="112"/>
        <source>Derniers passages</source>
        <translation>Latest check-ins</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/page.py" line="167"/>
        <source>Entrée — {0}</source>
        <translation>Entrance — {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/page.py" line="179"/>
        <source>Aucun événement choisi</source>
        <translation>No event chosen</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/page.py" line="194"/>
        <source>Session — {0}</source>
        <translation>Session — {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/page.py" line="204"/>
        <source>Présents : {0} / {1} attendus</source>
        <translation>Present: {0} / {1} expected</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/page.py" line="206"/>
        <source> (dont {0} sans inscription)</source>
        <translation> (of which {0} without registration)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/page.py" line="214"/>
        <location filename="../../desktop/pages/desk/page.py" line="235"/>
        <source>Choisissez d&apos;abord un événement.</source>
        <translation>Choose an event first.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/page.py" line="273"/>
        <source>Personne ne correspond à « {0} » : vérifiez l&apos;orthographe ou inscrivez la personne sur place.</source>
        <translation>Nobody matches “{0}”: check the spelling or register the person on the spot.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/page.py" line="330"/>
        <source>Sélectionnez d&apos;abord un passage dans la liste.</source>
        <translation>Select a check-in in the list first.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/page.py" line="333"/>
        <source>Réimprimer le badge</source>
        <translation>Reprint badge</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/page.py" line="334"/>
        <source>Pourquoi réimprimer le badge de {0} ?</source>
        <translation>Why reprint the badge for {0}?</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/page.py" line="351"/>
        <source>Aucune entrée à annuler : choisissez un passage dans la liste.</source>
        <translation>No entry to undo: choose a passage in the list.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/page.py" line="364"/>
        <source>Entrée de {0} annulée.</source>
        <translation>Entry of {0} undone.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/page.py" line="365"/>
        <source>Entrée annulée.</source>
        <translation>Entry undone.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/page.py" line="412"/>
        <source>Accueil déverrouillé.</source>
        <translation>Check-in desk unlocked.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/page.py" line="419"/>
        <source>Déverrouiller l&apos;accueil</source>
        <translation>Unlock the check-in desk</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/page.py" line="429"/>
        <source>Déverrouiller</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/page.py" line="429"/>
        <source>Code PIN :</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/page.py" line="434"/>
        <source>Choisissez un code PIN (4 chiffres ou plus) :</source>
        <translation>Choose a PIN (4 digits or more):</translation>
    </message>
</context>
<context>
    <name>DirectoryWords</name>
    <message>
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="99"/>
        <source>Filtrer par nom, structure, commune, e-mail…</source>
        <translation>Filter by name, organisation, town, e-mail…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="101"/>
        <source>Filtre</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="112"/>
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="128"/>
        <source>Doublons probables</source>
        <translation>Probable duplicates</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="129"/>
        <source>Doublons probables : recherche…</source>
        <translation>Probable duplicates: searching…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="201"/>
        <source>%n ligne(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="208"/>
        <source>Doublons probables : %n</source>
        <translation>
            <numerusform>Probable duplicates: %Ln</numerusform>
            <numerusform>Probable duplicates: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="209"/>
        <source>Aucun doublon probable.</source>
        <translation>No probable duplicate.</translation>
    </message>
</context>
<context>
    <name>DuplicateEventDialog</name>
    <message>
        <location filename="../../desktop/pages/agenda/event_dialog.py" line="189"/>
        <source>Dupliquer l&apos;événement</source>
        <translation>Duplicate event</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/event_dialog.py" line="198"/>
        <source>Copie de</source>
        <translation>Copy of</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/event_dialog.py" line="199"/>
        <source>&amp;Nom</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/event_dialog.py" line="200"/>
        <source>Premier &amp;jour</source>
        <translation>First &amp;day</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/agenda/event_dialog.py" line="209"/>
        <source>Les sessions seront décalées de %n jour(s), aux mêmes heures.</source>
        <translation>
            <numerusform>The sessions will be moved by %Ln day, at the same times.</numerusform>
            <numerusform>The sessions will be moved by %Ln days, at the same times.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventActions</name>
    <message>
        <location filename="../../desktop/pages/agenda/event_dialog.py" line="235"/>
        <source>&amp;Nouvel événement…</source>
        <translation>&amp;New event…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/event_dialog.py" line="236"/>
        <source>&amp;Modifier l&apos;événement…</source>
        <translation>&amp;Edit event…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/event_dialog.py" line="237"/>
        <source>&amp;Dupliquer l&apos;événement…</source>
        <translation>Du&amp;plicate event…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/event_dialog.py" line="238"/>
        <source>&amp;Supprimer l&apos;événement…</source>
        <translation>&amp;Delete event…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/event_dialog.py" line="274"/>
        <source>Événement « {0} » créé.</source>
        <translation>Event ‘{0}’ created.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/event_dialog.py" line="286"/>
        <source>Événement « {0} » modifié.</source>
        <translation>Event ‘{0}’ updated.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/event_dialog.py" line="299"/>
        <source>« {0} » créé à partir de « {1} », sessions comprises.</source>
        <translation>‘{0}’ created from ‘{1}’, sessions included.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/event_dialog.py" line="305"/>
        <source>Supprimer l&apos;événement</source>
        <translation>Delete event</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/event_dialog.py" line="306"/>
        <source>Supprimer « {0} » et toutes ses sessions ? Cette action ne peut pas être annulée.</source>
        <translation>Delete ‘{0}’ and all its sessions? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/event_dialog.py" line="318"/>
        <source>Événement « {0} » supprimé.</source>
        <translation>Event ‘{0}’ deleted.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../desktop/pages/agenda/event_dialog.py" line="116"/>
        <source>Nouvel événement</source>
        <translation>New event</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/event_dialog.py" line="116"/>
        <source>Modifier l&apos;événement</source>
        <translation>Edit event</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/event_dialog.py" line="130"/>
        <source>vide : sans limite</source>
        <translation>empty: no limit</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/event_dialog.py" line="136"/>
        <source>&amp;Nom</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/event_dialog.py" line="136"/>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/event_dialog.py" line="137"/>
        <source>&amp;Début</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/event_dialog.py" line="137"/>
        <source>&amp;Fin</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/event_dialog.py" line="138"/>
        <source>&amp;Places</source>
        <translation>&amp;Capacity</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/event_dialog.py" line="139"/>
        <source>&amp;Lien d&apos;inscription</source>
        <translation>&amp;Registration link</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/event_dialog.py" line="140"/>
        <source>D&amp;escription</source>
        <translation>Descr&amp;iption</translation>
    </message>
</context>
<context>
    <name>ExchangesPage</name>
    <message>
        <location filename="../../desktop/pages/exchanges/page.py" line="72"/>
        <source>Qui parle ? Quelques lettres du nom ou de la structure, puis Entrée</source>
        <translation>Who is speaking? A few letters of the name or the organisation, then Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/page.py" line="73"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/page.py" line="77"/>
        <source>Texte du besoin ou de l&apos;offre</source>
        <translation>Text of the need or offer</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/page.py" line="82"/>
        <source>Accepte de transmettre ses coordonnées</source>
        <translation>Agrees to pass on their contact details</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/page.py" line="89"/>
        <source>Besoins et offres</source>
        <translation>Needs and offers</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/page.py" line="89"/>
        <source>Qui</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/page.py" line="89"/>
        <source>Suivi</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/page.py" line="134"/>
        <source>Type d&apos;offre :</source>
        <translation>Kind of offer:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/page.py" line="138"/>
        <source>Catégories du besoin (Espace pour cocher) :</source>
        <translation>Categories of the need (Space to tick):</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/page.py" line="146"/>
        <source>&amp;Nouveau besoin (Ctrl+N)</source>
        <translation>&amp;New need (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/page.py" line="147"/>
        <source>Annuler la &amp;dernière saisie (Ctrl+Z)</source>
        <translation>Undo the &amp;last entry (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/page.py" line="148"/>
        <source>&amp;Mur de projection (Ctrl+M)</source>
        <translation>Projection &amp;wall (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/page.py" line="149"/>
        <source>Ce que je peux &amp;apporter (Ctrl+B)</source>
        <translation>What I can &amp;bring (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/page.py" line="150"/>
        <source>&amp;Fiches d&apos;échanges…</source>
        <translation>&amp;Exchange sheets…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/page.py" line="151"/>
        <source>&amp;Relevé…</source>
        <translation>&amp;Record…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/page.py" line="152"/>
        <source>E&amp;xport XLSX…</source>
        <translation>E&amp;xport XLSX…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/page.py" line="153"/>
        <source>&amp;Suivi…</source>
        <translation>&amp;Follow-up…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/page.py" line="154"/>
        <source>Ré&amp;seau…</source>
        <translation>Net&amp;work…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/page.py" line="155"/>
        <source>Caté&amp;gories…</source>
        <translation>Cate&amp;gories…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/page.py" line="156"/>
        <source>C&amp;orriger… (F2)</source>
        <translation>C&amp;orrect… (F2)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/page.py" line="157"/>
        <source>Supprimer (Suppr)</source>
        <translation>Delete (Del)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/page.py" line="182"/>
        <source>Qui pourrait répondre au besoin choisi :</source>
        <translation>Who could answer the chosen need:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/page.py" line="216"/>
        <source>Choisissez un événement</source>
        <translation>Choose an event</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/page.py" line="254"/>
        <source>Aucun besoin noté pour cet événement. Tapez quelques lettres du nom de qui parle puis Entrée, écrivez son besoin puis Entrée : il s&apos;affiche ici et sur le mur de projection (Ctrl+M), avec les structures qui pourraient y répondre.</source>
        <translation>No need noted for this event yet. Type a few letters of the speaker&apos;s name then Enter, write their need then Enter: it shows here and on the projection wall (Ctrl+M), with the organisations that could answer it.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/page.py" line="313"/>
        <source>Personne dans l&apos;historique du réseau pour l&apos;instant.</source>
        <translation>No one in the network&apos;s history yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/page.py" line="360"/>
        <source> (non inscrit·e)</source>
        <translation> (not registered)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/page.py" line="390"/>
        <source>Le besoin, en quelques mots, puis Entrée</source>
        <translation>The need, in a few words, then Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/page.py" line="391"/>
        <source>L&apos;offre (un contact, un outil, un conseil…), puis Entrée</source>
        <translation>The offer (a contact, a tool, advice…), then Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/page.py" line="396"/>
        <source>(qui ?)</source>
        <translation>(who?)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/page.py" line="398"/>
        <source>Nouveau besoin de {0}</source>
        <translation>New need from {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/page.py" line="401"/>
        <source>Ce que {0} peut apporter (offre permanente, cochez ses catégories)</source>
        <translation>What {0} can bring (standing offer, tick its categories)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/page.py" line="405"/>
        <source>Offre de {0} pour « {1} » ({2})</source>
        <translation>Offer from {0} for “{1}” ({2})</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/page.py" line="426"/>
        <source>Choisissez d&apos;abord l&apos;événement de l&apos;atelier.</source>
        <translation>Choose the workshop&apos;s event first.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/page.py" line="429"/>
        <source>Choisissez d&apos;abord qui parle (quelques lettres, puis Entrée).</source>
        <translation>Choose who is speaking first (a few letters, then Enter).</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/page.py" line="478"/>
        <source>Rien à annuler.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/page.py" line="516"/>
        <source>Choisissez d&apos;abord sur le tableau le besoin ou l&apos;offre à corriger.</source>
        <translation>First choose on the board the need or offer to correct.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/page.py" line="543"/>
        <source>Choisissez d&apos;abord sur le tableau le besoin ou l&apos;offre à supprimer.</source>
        <translation>First choose on the board the need or offer to delete.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/page.py" line="555"/>
        <source>Ctrl+Z pour le rétablir.</source>
        <translation>Ctrl+Z to bring it back.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desktop/first_run.py" line="45"/>
        <location filename="../../desktop/first_run.py" line="51"/>
        <source>Bienvenue dans Envol</source>
        <translation>Welcome to Envol</translation>
    </message>
    <message>
        <location filename="../../desktop/first_run.py" line="54"/>
        <source>Envol prépare vos événements, accueille les participants et imprime badges et feuilles d&apos;émargement, même sans réseau. Par quoi commencer ?</source>
        <translation>Envol prepares your events, welcomes participants and prints badges and sign-in sheets, even without a network. Where would you like to start?</translation>
    </message>
    <message>
        <location filename="../../desktop/first_run.py" line="60"/>
        <source>Créer l&apos;espace de travail de mon réseau
puis son premier événement</source>
        <translation>Create my network&apos;s workspace
then its first event</translation>
    </message>
    <message>
        <location filename="../../desktop/first_run.py" line="61"/>
        <source>Découvrir avec la démo
un réseau fictif, ses événements et ses inscrits</source>
        <translation>Explore the demo
a fictional network, its events and registrations</translation>
    </message>
    <message>
        <location filename="../../desktop/first_run.py" line="62"/>
        <source>Rejoindre un serveur central
ce poste devient un accueil de plus</source>
        <translation>Join a central server
this computer becomes one more desk</translation>
    </message>
    <message>
        <location filename="../../desktop/first_run.py" line="77"/>
        <source>Votre réseau</source>
        <translation>Your network</translation>
    </message>
    <message>
        <location filename="../../desktop/first_run.py" line="82"/>
        <source>ex. : Réseau ESS de mon territoire</source>
        <translation>e.g. My area&apos;s SSE network</translation>
    </message>
    <message>
        <location filename="../../desktop/first_run.py" line="87"/>
        <source>&amp;Nom du réseau :</source>
        <translation>Network &amp;name:</translation>
    </message>
    <message>
        <location filename="../../desktop/first_run.py" line="88"/>
        <source>&amp;Fuseau horaire :</source>
        <translation>&amp;Time zone:</translation>
    </message>
    <message>
        <location filename="../../desktop/first_run.py" line="90"/>
        <source>Le nom signe les badges et les attestations ; le fuseau horaire dit quel jour est « aujourd&apos;hui » pour l&apos;accueil. Ensuite : le premier événement.</source>
        <translation>The name signs badges and certificates; the time zone tells the desk which day is &quot;today&quot;. Next: the first event.</translation>
    </message>
    <message>
        <location filename="../../desktop/first_run.py" line="101"/>
        <source>Créer et continuer</source>
        <translation>Create and continue</translation>
    </message>
    <message>
        <location filename="../../desktop/first_run.py" line="124"/>
        <source>Indiquez le nom du réseau.</source>
        <translation>Enter the network&apos;s name.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/pages/exchanges/follow_up.py" line="49"/>
        <source>%n jour(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/follow_up.py" line="58"/>
        <source>Suivi des offres</source>
        <translation>Follow-up of offers</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/follow_up.py" line="67"/>
        <source>Seulement les offres à relancer (sans nouvelle depuis trois semaines)</source>
        <translation>Only offers to chase (no news for three weeks)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/follow_up.py" line="78"/>
        <source>Note courte (facultative)</source>
        <translation>Short note (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/follow_up.py" line="80"/>
        <source>&amp;Enregistrer l&apos;étape</source>
        <translation>&amp;Save the step</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/follow_up.py" line="86"/>
        <source>Étape :</source>
        <translation>Step:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/follow_up.py" line="88"/>
        <source>le</source>
        <translation>on</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/follow_up.py" line="126"/>
        <source>Choisissez d&apos;abord une offre dans la liste.</source>
        <translation>Choose an offer in the list first.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/follow_up.py" line="139"/>
        <source>Étape enregistrée : {0}.</source>
        <translation>Step saved: {0}.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../desktop/pages/home/page.py" line="108"/>
        <source>Ouvrir l&apos;accueil
scanner les billets, chercher un nom</source>
        <translation>Open the desk
scan tickets, look up a name</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/home/page.py" line="110"/>
        <source>Importer des inscriptions
HelloAsso, Weezevent, tableur</source>
        <translation>Import registrations
HelloAsso, Weezevent, spreadsheet</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/home/page.py" line="112"/>
        <source>Imprimer les badges
des inscrits de l&apos;événement</source>
        <translation>Print badges
for the event&apos;s registrants</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/home/page.py" line="114"/>
        <source>Imprimer l&apos;émargement
de la prochaine session</source>
        <translation>Print the sign-in sheet
of the next session</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/home/page.py" line="137"/>
        <source>À faire aujourd&apos;hui</source>
        <translation>Today&apos;s jobs</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/home/page.py" line="139"/>
        <source>À regarder</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/home/page.py" line="164"/>
        <location filename="../../desktop/pages/home/page.py" line="201"/>
        <source>Aujourd&apos;hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/home/page.py" line="173"/>
        <source>Imprimer l&apos;émargement
{0} · {1}</source>
        <translation>Print the sign-in sheet
{0} · {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/home/page.py" line="187"/>
        <source>Aucun événement à venir.</source>
        <translation>No upcoming event.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/home/page.py" line="188"/>
        <source>Aller à l&apos;agenda</source>
        <translation>Go to the agenda</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/home/page.py" line="203"/>
        <source>du {0} au {1}</source>
        <translation>from {0} to {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/home/page.py" line="205"/>
        <source>événement courant</source>
        <translation>current event</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/home/page.py" line="210"/>
        <source>inscrits</source>
        <translation>registered</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/home/page.py" line="211"/>
        <source>accueillis</source>
        <translation>checked in</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/home/page.py" line="212"/>
        <source>en attente</source>
        <translation>waiting list</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/home/page.py" line="228"/>
        <source>%n conflit(s) dans l&apos;agenda de l&apos;événement courant</source>
        <translation>
            <numerusform>%Ln conflict in the current event&apos;s agenda</numerusform>
            <numerusform>%Ln conflicts in the current event&apos;s agenda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/home/page.py" line="231"/>
        <source>%n doublon(s) probable(s) de personnes à examiner</source>
        <translation>
            <numerusform>%Ln probable duplicate person to review</numerusform>
            <numerusform>%Ln probable duplicate people to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/home/page.py" line="234"/>
        <source>%n structure(s) en double (même SIRET)</source>
        <translation>
            <numerusform>%Ln duplicate organisation (same SIRET)</numerusform>
            <numerusform>%Ln duplicate organisations (same SIRET)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/home/page.py" line="237"/>
        <source>%n conflit(s) ou double(s) entrée(s) apportés par la synchronisation</source>
        <translation>
            <numerusform>%Ln conflict or double entry brought by sync</numerusform>
            <numerusform>%Ln conflicts or double entries brought by sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/home/page.py" line="240"/>
        <source>%n changement(s) pas encore synchronisé(s)</source>
        <translation>
            <numerusform>%Ln change not synced yet</numerusform>
            <numerusform>%Ln changes not synced yet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/pages/home/page.py" line="242"/>
        <source>Dernière synchronisation : {0}</source>
        <translation>Last sync: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/home/page.py" line="244"/>
        <source>Jamais synchronisé avec un serveur central ou une clé USB.</source>
        <translation>Never synced with a central server or a USB stick.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/home/page.py" line="249"/>
        <source>Rien ne demande votre attention.</source>
        <translation>Nothing needs your attention.</translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <location filename="../../desktop/pages/printing/organiser_dialog.py" line="55"/>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/organiser_dialog.py" line="56"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/organiser_dialog.py" line="69"/>
        <source>(aucune)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/organiser_dialog.py" line="73"/>
        <source>Choisir une image</source>
        <translation>Choose an image</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="64"/>
        <source>Importer des inscriptions</source>
        <translation>Import registrations</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="80"/>
        <source>Aucun fichier choisi.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="81"/>
        <source>&amp;Choisir un fichier…</source>
        <translation>&amp;Choose a file…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="88"/>
        <source>Colonne du fichier</source>
        <translation>File column</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="88"/>
        <source>Exemple</source>
        <translation>Example</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="89"/>
        <source>Champ Envol</source>
        <translation>Envol field</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="101"/>
        <source>&amp;Arrêter</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="102"/>
        <source>Arrêter l&apos;aperçu ou l&apos;import : rien n&apos;est enregistré.</source>
        <translation>Stop the preview or the import: nothing is saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="108"/>
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="346"/>
        <source>Enregistrer la correspondance</source>
        <translation>Save the column mapping</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="110"/>
        <source>&amp;Importer</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="121"/>
        <source>1. Vérifiez à quoi correspond chaque colonne :</source>
        <translation>1. Check what each column contains:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="123"/>
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="291"/>
        <source>2. Aperçu — rien n&apos;est encore enregistré :</source>
        <translation>2. Preview — nothing has been saved yet:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="137"/>
        <source>Fichier d&apos;inscriptions</source>
        <translation>Registrations file</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="138"/>
        <source>Tableaux (*.csv *.xlsx);;Tous les fichiers (*)</source>
        <translation>Spreadsheets (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="151"/>
        <source>Lecture du fichier…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="219"/>
        <source>Calcul de l&apos;aperçu…</source>
        <translation>Calculating the preview…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="257"/>
        <source>Arrêté : rien n&apos;a été enregistré.</source>
        <translation>Stopped: nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="270"/>
        <source>Arrêt en cours…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="277"/>
        <source>{rows} : {refused} ; {new_people}, {known_people} ; {new_structures} ; {new_registrations}, {known_registrations}.</source>
        <translation>{rows}: {refused}; {new_people}, {known_people}; {new_structures}; {new_registrations}, {known_registrations}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="279"/>
        <source>%n ligne(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="280"/>
        <source>%n refusée(s)</source>
        <translation>
            <numerusform>%Ln rejected</numerusform>
            <numerusform>%Ln rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="281"/>
        <source>%n nouvelle(s) personne(s)</source>
        <translation>
            <numerusform>%Ln new person</numerusform>
            <numerusform>%Ln new people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="282"/>
        <source>%n déjà connue(s)</source>
        <translation>
            <numerusform>%Ln already known</numerusform>
            <numerusform>%Ln already known</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="283"/>
        <source>%n nouvelle(s) structure(s)</source>
        <translation>
            <numerusform>%Ln new organisation</numerusform>
            <numerusform>%Ln new organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="284"/>
        <source>%n nouvelle(s) inscription(s)</source>
        <translation>
            <numerusform>%Ln new registration</numerusform>
            <numerusform>%Ln new registrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="285"/>
        <source>%n déjà inscrite(s)</source>
        <translation>
            <numerusform>%Ln already registered</numerusform>
            <numerusform>%Ln already registered</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="302"/>
        <source>Import en cours…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="312"/>
        <source>Importer dans l&apos;événement « {0} »</source>
        <translation>Import into the event “{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="313"/>
        <source>Aucun événement choisi : créez ou choisissez d&apos;abord l&apos;événement dans la barre du haut.</source>
        <translation>No event chosen: first create or choose the event in the top bar.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="318"/>
        <source>2. Import terminé — enregistré dans « {0} » :</source>
        <translation>2. Import done — saved in “{0}”:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="323"/>
        <source>%n inscription(s) créée(s)</source>
        <translation>
            <numerusform>%Ln registration created</numerusform>
            <numerusform>%Ln registrations created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="325"/>
        <source>%n place(s) en session</source>
        <translation>
            <numerusform>%Ln session place</numerusform>
            <numerusform>%Ln session places</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="288"/>
        <source>Refusée — </source>
        <translation>Rejected — </translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="288"/>
        <source>Attention — </source>
        <translation>Warning — </translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="321"/>
        <source>Import terminé : {registrations} dont {waiting} en liste d&apos;attente ; {places} dont {waiting_places} en liste d&apos;attente ; {people} et {structures} ajoutées.</source>
        <translation>Import complete: {registrations}, {waiting} of them on the waiting list; {places}, {waiting_places} of them on a waiting list; {people} and {structures} added.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="327"/>
        <source>%n personne(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="328"/>
        <source>%n structure(s)</source>
        <translation>
            <numerusform>%Ln organisation</numerusform>
            <numerusform>%Ln organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="330"/>
        <source>Import partiel : %n ligne(s) refusée(s), listée(s) ci-dessous ; les autres sont enregistrées.</source>
        <translation>
            <numerusform>Partial import: %Ln row refused, listed below; the others are saved.</numerusform>
            <numerusform>Partial import: %Ln rows refused, listed below; the others are saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="333"/>
        <source>%n fusion(s) automatique(s) à vérifier dans la liste des doublons (Personnes).</source>
        <translation>
            <numerusform>%Ln automatic merge to check in the duplicates list (People).</numerusform>
            <numerusform>%Ln automatic merges to check in the duplicates list (People).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="336"/>
        <source>Fusion automatique — </source>
        <translation>Automatic merge — </translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="356"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="52"/>
        <source>Envol — {0}</source>
        <translation>Envol — {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="94"/>
        <source>Accueil verrouillé — seul l&apos;accueil est disponible</source>
        <translation>Desk locked — only the desk is available</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/main_window.py" line="176"/>
        <source>%n personne(s) encore attendue(s) aujourd&apos;hui</source>
        <translation>
            <numerusform>%Ln person still expected today</numerusform>
            <numerusform>%Ln people still expected today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/main_window.py" line="177"/>
        <source>%n conflit(s)</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/main_window.py" line="179"/>
        <location filename="../../desktop/main_window.py" line="181"/>
        <source>%n doublon(s) à examiner</source>
        <translation>
            <numerusform>%Ln duplicate to review</numerusform>
            <numerusform>%Ln duplicates to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/main_window.py" line="183"/>
        <source>%n conflit(s) ou double(s) entrée(s) à régler</source>
        <translation>
            <numerusform>%Ln conflict or double entry to settle</numerusform>
            <numerusform>%Ln conflicts or double entries to settle</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="192"/>
        <source>Accueil verrouillé : déverrouillez-le avec le code PIN.</source>
        <translation>Check-in desk locked: unlock it with the PIN.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="256"/>
        <source>Une erreur inattendue s&apos;est produite ; rien n&apos;a été enregistré pour cette action.

{0}</source>
        <translation>An unexpected error occurred; nothing was saved for this action.

{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="258"/>
        <source>Envol</source>
        <translation>Envol</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="266"/>
        <source>Événement : </source>
        <translation>Event: </translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="273"/>
        <source>Événement courant</source>
        <translation>Current event</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="324"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="325"/>
        <source>&amp;Importer des inscriptions…</source>
        <translation>&amp;Import registrations…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="328"/>
        <source>&amp;Nom de ce poste…</source>
        <translation>&amp;Name of this device…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="330"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="333"/>
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="339"/>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="340"/>
        <source>À &amp;propos d&apos;Envol</source>
        <translation>&amp;About Envol</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../desktop/pages/meetings/page.py" line="54"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/page.py" line="55"/>
        <source>Demandes</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/page.py" line="56"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/page.py" line="57"/>
        <source>Créneau en cours</source>
        <translation>Current slot</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/page.py" line="60"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/page.py" line="82"/>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/page.py" line="85"/>
        <source>Créer le programme depuis l&apos;agenda</source>
        <translation>Create the programme from the agenda</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/page.py" line="91"/>
        <source>Créneaux de</source>
        <translation>Slots of</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/page.py" line="91"/>
        <source>Tables :</source>
        <translation>Tables:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/page.py" line="104"/>
        <source>&amp;Importer des demandes…</source>
        <translation>&amp;Import requests…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/page.py" line="106"/>
        <source>Accepter pour les deux</source>
        <translation>Accept for both</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/page.py" line="108"/>
        <source>Refuser</source>
        <translation>Decline</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/page.py" line="121"/>
        <source>&amp;Calculer le plan</source>
        <translation>&amp;Compute the plan</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/page.py" line="136"/>
        <source>Marquer tenu</source>
        <translation>Mark as held</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/page.py" line="138"/>
        <source>Marquer non tenu</source>
        <translation>Mark as not held</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/page.py" line="141"/>
        <source>Suite donnée</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/page.py" line="144"/>
        <source>Enregistrer la suite</source>
        <translation>Save the follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/page.py" line="146"/>
        <source>Suite :</source>
        <translation>Follow-up:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/page.py" line="185"/>
        <source>Créneau</source>
        <translation>Slot</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/page.py" line="187"/>
        <source>Remplacer les absents (F9)</source>
        <translation>Replace no-shows (F9)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/page.py" line="194"/>
        <source>Créneau :</source>
        <translation>Slot:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/page.py" line="228"/>
        <source>Cet événement n&apos;a pas encore de rendez-vous d&apos;affaires. Les créneaux sont découpés dans ses sessions « Rendez-vous » de l&apos;agenda.</source>
        <translation>This event has no business meetings yet. Slots are cut from its “Rendez-vous” sessions in the agenda.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/page.py" line="237"/>
        <source>{0}

{1} créneaux de {2} min, {3} tables, {4} participants, {5} demandes, {6} rendez-vous planifiés.</source>
        <translation>{0}

{1} slots of {2} min, {3} tables, {4} participants, {5} requests, {6} meetings planned.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/page.py" line="243"/>
        <source>{0} rendez-vous planifiés.</source>
        <translation>{0} meetings planned.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/page.py" line="252"/>
        <source>Créneau {0} – {1} à {2}</source>
        <translation>Slot {0} – {1} to {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/page.py" line="270"/>
        <source>{0} tables occupées, {1} personnes attendues pas encore arrivées.</source>
        <translation>{0} tables in use, {1} expected people not yet arrived.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/page.py" line="298"/>
        <source>Importer des demandes de rendez-vous</source>
        <translation>Import meeting requests</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/page.py" line="299"/>
        <source>Tableaux (*.csv *.xlsx)</source>
        <translation>Spreadsheets (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/page.py" line="341"/>
        <source>Calcul du plan en cours…</source>
        <translation>Computing the plan…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/page.py" line="385"/>
        <source>Enregistrer en PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/page.py" line="394"/>
        <source>Impression en cours…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/page.py" line="397"/>
        <source>{0} pages enregistrées dans {1}</source>
        <translation>{0} pages saved in {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/page.py" line="409"/>
        <source>Rendez-vous</source>
        <translation>Meetings</translation>
    </message>
</context>
<context>
    <name>NetworkWindow</name>
    <message>
        <location filename="../../desktop/pages/exchanges/network.py" line="84"/>
        <source>nouveau lien ({0})</source>
        <translation>new link ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/network.py" line="86"/>
        <source>trait épais : coopération née</source>
        <translation>thick line: cooperation born</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/network.py" line="119"/>
        <source>Envol — réseau des échanges</source>
        <translation>Envol — network of exchanges</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/network.py" line="125"/>
        <source>Tous les ateliers (sinon : l&apos;événement courant)</source>
        <translation>All workshops (otherwise: the current event)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/network.py" line="130"/>
        <source>Exporter en &amp;PNG…</source>
        <translation>Export as &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/network.py" line="132"/>
        <source>Exporter en P&amp;DF…</source>
        <translation>Export as P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/network.py" line="167"/>
        <source>{0} structures, {1} échanges, {2} nouveaux liens, {3} coopérations nées</source>
        <translation>{0} organisations, {1} exchanges, {2} new links, {3} cooperations born</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/network.py" line="175"/>
        <source>Exporter le réseau</source>
        <translation>Export the network</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/network.py" line="180"/>
        <source>Enregistré : {0}</source>
        <translation>Saved: {0}</translation>
    </message>
</context>
<context>
    <name>OrganiserDialog</name>
    <message>
        <location filename="../../desktop/pages/printing/organiser_dialog.py" line="83"/>
        <source>Organisateur des documents</source>
        <translation>Organiser of the documents</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/organiser_dialog.py" line="95"/>
        <source>Par défaut : le nom de l&apos;événement</source>
        <translation>By default: the event&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/organiser_dialog.py" line="96"/>
        <source>Action cofinancée par …</source>
        <translation>Action co-funded by …</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/organiser_dialog.py" line="101"/>
        <source>Ajouter un logo…</source>
        <translation>Add a logo…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/organiser_dialog.py" line="102"/>
        <source>Tout retirer</source>
        <translation>Remove all</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/organiser_dialog.py" line="108"/>
        <source>&amp;Nom de l&apos;organisme :</source>
        <translation>&amp;Name of the organisation:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/organiser_dialog.py" line="109"/>
        <source>&amp;Adresse :</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/organiser_dialog.py" line="110"/>
        <source>Logo :</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/organiser_dialog.py" line="111"/>
        <source>« &amp;Fait à » :</source>
        <translation>« &amp;Fait à » (place):</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/organiser_dialog.py" line="112"/>
        <source>&amp;Signataire :</source>
        <translation>&amp;Signatory:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/organiser_dialog.py" line="113"/>
        <source>Fonc&amp;tion :</source>
        <translation>Ro&amp;le:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/organiser_dialog.py" line="114"/>
        <source>Image de la signature :</source>
        <translation>Signature image:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/organiser_dialog.py" line="115"/>
        <source>&amp;Intitulé de l&apos;action :</source>
        <translation>&amp;Title of the action:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/organiser_dialog.py" line="116"/>
        <source>&amp;Mention du financement :</source>
        <translation>&amp;Funding mention:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/organiser_dialog.py" line="124"/>
        <source>Logos des financeurs :</source>
        <translation>Funders&apos; logos:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/organiser_dialog.py" line="148"/>
        <source>Logo d&apos;un financeur</source>
        <translation>A funder&apos;s logo</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../desktop/pages/participants/page.py" line="35"/>
        <source>Filtrer par nom, structure, commune, e-mail… (Ctrl+F)</source>
        <translation>Filter by name, organisation, town, email… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/participants/page.py" line="75"/>
        <source>Chargement…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/participants/page.py" line="82"/>
        <source>Personne n&apos;est encore inscrit à « {0} ». Importez les inscriptions d&apos;un formulaire (Importer…, Ctrl+I) ou inscrivez une personne à la main (Inscrire…).</source>
        <translation>Nobody is registered for “{0}” yet. Import the registrations of a form (Import…, Ctrl+I) or register a person by hand (Register…).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/participants/page.py" line="95"/>
        <source>%n inscription(s)</source>
        <translation>
            <numerusform>%Ln registration</numerusform>
            <numerusform>%Ln registrations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/pages/participants/page.py" line="97"/>
        <source>{0} sur {1}</source>
        <translation>{0} of {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/participants/page.py" line="105"/>
        <source>&amp;Importer…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/participants/page.py" line="106"/>
        <source>&amp;Inscrire…</source>
        <translation>&amp;Register…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/participants/page.py" line="107"/>
        <source>&amp;Annuler l&apos;inscription</source>
        <translation>&amp;Cancel registration</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/participants/page.py" line="108"/>
        <source>&amp;Rôle sur le badge…</source>
        <translation>Badge &amp;role…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/participants/page.py" line="109"/>
        <source>E&amp;xporter…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/participants/page.py" line="110"/>
        <source>&amp;Bilan financeurs…</source>
        <translation>&amp;Funder report…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/participants/page.py" line="137"/>
        <location filename="../../desktop/pages/participants/page.py" line="149"/>
        <source>Choisissez d&apos;abord une inscription dans la liste.</source>
        <translation>Choose a registration in the list first.</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <location filename="../../desktop/pages/meetings/profile_form.py" line="109"/>
        <source>Choisissez un participant dans la liste.</source>
        <translation>Choose a participant in the list.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/profile_form.py" line="111"/>
        <source>Côté</source>
        <translation>Side</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/profile_form.py" line="117"/>
        <source>Propose</source>
        <translation>Offers</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/profile_form.py" line="118"/>
        <source>Recherche</source>
        <translation>Looks for</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/profile_form.py" line="119"/>
        <source>Disponible aux créneaux</source>
        <translation>Available in the slots</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/profile_form.py" line="121"/>
        <source>sans maximum</source>
        <translation>no maximum</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/profile_form.py" line="122"/>
        <source>Maximum de rendez-vous</source>
        <translation>Maximum of meetings</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/profile_form.py" line="124"/>
        <source>Secteur de la structure</source>
        <translation>Sector of the organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/profile_form.py" line="125"/>
        <source>(non renseigné)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/profile_form.py" line="129"/>
        <source>Ce que la structure propose, ce qu&apos;elle cherche, en quelques lignes.</source>
        <translation>What the organisation offers and what it looks for, in a few lines.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/profile_form.py" line="132"/>
        <source>&amp;Enregistrer le profil</source>
        <translation>&amp;Save the profile</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/profile_form.py" line="137"/>
        <source>Côté :</source>
        <translation>Side:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/profile_form.py" line="138"/>
        <source>Propose :</source>
        <translation>Offers:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/profile_form.py" line="139"/>
        <source>Recherche :</source>
        <translation>Looks for:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/profile_form.py" line="140"/>
        <source>Disponible :</source>
        <translation>Available:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/profile_form.py" line="141"/>
        <source>Maximum :</source>
        <translation>Maximum:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/profile_form.py" line="142"/>
        <source>Secteur :</source>
        <translation>Sector:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/profile_form.py" line="143"/>
        <source>Présentation :</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/profile_form.py" line="168"/>
        <source>Créneau {0} – {1}</source>
        <translation>Slot {0} – {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/profile_form.py" line="208"/>
        <source>Cette personne n&apos;a pas de structure.</source>
        <translation>This person has no organisation.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/profile_form.py" line="231"/>
        <source>Profil enregistré.</source>
        <translation>Profile saved.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="266"/>
        <source>E&amp;xporter ses données (RGPD)…</source>
        <translation>E&amp;xport their data (GDPR)…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="267"/>
        <source>&amp;Effacer cette personne (RGPD)…</source>
        <translation>&amp;Erase this person (GDPR)…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="268"/>
        <source>Purger un événement &amp;passé…</source>
        <translation>&amp;Purge a past event…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="304"/>
        <source>(événement)</source>
        <translation>(event)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="317"/>
        <source>Exporter les données</source>
        <translation>Export data</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="334"/>
        <source>Effacer</source>
        <translation>Erase</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="335"/>
        <source>Effacer définitivement {0} {1} ? Ses inscriptions restent comptées de façon anonyme. Les autres postes, le serveur central et les fichiers de synchronisation l&apos;effaceront aussi à leur prochaine synchronisation.</source>
        <translation>Permanently erase {0} {1}? Their registrations will still be counted, anonymously. The other desks, the central server and the sync files will erase them too at their next sync.</translation>
    </message>
</context>
<context>
    <name>PersonEditDialog</name>
    <message>
        <location filename="../../desktop/pages/registrations/edit_dialogs.py" line="121"/>
        <source>Accepte de recevoir les informations du réseau</source>
        <translation>Agrees to receive news from the network</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/edit_dialogs.py" line="122"/>
        <source>Accepte d&apos;être photographiée ou photographié</source>
        <translation>Agrees to be photographed</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/edit_dialogs.py" line="123"/>
        <source>&amp;Prénom *</source>
        <translation>&amp;First name *</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/edit_dialogs.py" line="123"/>
        <source>&amp;Nom *</source>
        <translation>S&amp;urname *</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/edit_dialogs.py" line="124"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/edit_dialogs.py" line="124"/>
        <source>&amp;Téléphone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/edit_dialogs.py" line="125"/>
        <source>&amp;Structure</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/edit_dialogs.py" line="125"/>
        <source>&amp;Fonction</source>
        <translation>&amp;Job title</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/edit_dialogs.py" line="126"/>
        <source>&amp;Besoins d&apos;accessibilité</source>
        <translation>&amp;Accessibility needs</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/edit_dialogs.py" line="150"/>
        <source>— aucune —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/edit_dialogs.py" line="154"/>
        <source>Structure inconnue sur ce poste</source>
        <translation>Organisation unknown on this device</translation>
    </message>
</context>
<context>
    <name>PlacesDialog</name>
    <message>
        <location filename="../../desktop/pages/agenda/places_dialog.py" line="101"/>
        <source>Lieux et salles</source>
        <translation>Venues and rooms</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/places_dialog.py" line="103"/>
        <source>Lieu</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/places_dialog.py" line="103"/>
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/places_dialog.py" line="103"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/places_dialog.py" line="105"/>
        <source>Salle</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/places_dialog.py" line="105"/>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/places_dialog.py" line="106"/>
        <location filename="../../desktop/pages/agenda/places_dialog.py" line="126"/>
        <source>Lieux</source>
        <translation>Venues</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/places_dialog.py" line="107"/>
        <source>Salles du lieu</source>
        <translation>Rooms of the venue</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/places_dialog.py" line="113"/>
        <source>5 caractères, ex. 93005</source>
        <translation>5 characters, e.g. 93005</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/places_dialog.py" line="115"/>
        <source>vide : sans limite</source>
        <translation>empty: no limit</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/places_dialog.py" line="127"/>
        <source>&amp;Nom du lieu</source>
        <translation>&amp;Venue name</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/places_dialog.py" line="127"/>
        <source>&amp;Adresse</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/places_dialog.py" line="128"/>
        <source>&amp;Commune</source>
        <translation>&amp;Town</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/places_dialog.py" line="128"/>
        <source>Code &amp;INSEE</source>
        <translation>&amp;INSEE code</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/places_dialog.py" line="129"/>
        <source>Accessi&amp;bilité</source>
        <translation>Accessi&amp;bility</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/places_dialog.py" line="130"/>
        <source>Nouveau lieu</source>
        <translation>New venue</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/places_dialog.py" line="130"/>
        <source>Enregistrer le lieu</source>
        <translation>Save venue</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/places_dialog.py" line="131"/>
        <source>Supprimer le lieu</source>
        <translation>Delete venue</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/places_dialog.py" line="132"/>
        <source>Salles du lieu sélectionné</source>
        <translation>Rooms of the selected venue</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/places_dialog.py" line="133"/>
        <source>Nom de la &amp;salle</source>
        <translation>&amp;Room name</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/places_dialog.py" line="133"/>
        <source>&amp;Places</source>
        <translation>&amp;Capacity</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/places_dialog.py" line="134"/>
        <source>Nouvelle salle</source>
        <translation>New room</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/places_dialog.py" line="134"/>
        <source>Enregistrer la salle</source>
        <translation>Save room</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/places_dialog.py" line="135"/>
        <source>Supprimer la salle</source>
        <translation>Delete room</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/places_dialog.py" line="270"/>
        <source>Lieu « {0} » ajouté : ajoutez-lui ses salles.</source>
        <translation>Venue ‘{0}’ added: now add its rooms.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/places_dialog.py" line="274"/>
        <source>Lieu « {0} » : rien n&apos;a changé.</source>
        <translation>Venue “{0}”: nothing changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/places_dialog.py" line="276"/>
        <source>Lieu « {0} » enregistré.</source>
        <translation>Venue ‘{0}’ saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/places_dialog.py" line="282"/>
        <source>Choisissez d&apos;abord un lieu dans la liste.</source>
        <translation>Choose a venue in the list first.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/places_dialog.py" line="285"/>
        <source>Lieu « {0} » supprimé.</source>
        <translation>Venue ‘{0}’ deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/places_dialog.py" line="286"/>
        <source>Supprimer le lieu « {0} » et ses salles ?</source>
        <translation>Delete the venue ‘{0}’ and its rooms?</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/places_dialog.py" line="291"/>
        <source>Choisissez d&apos;abord le lieu de la salle.</source>
        <translation>Choose the room&apos;s venue first.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/places_dialog.py" line="300"/>
        <source>Salle « {0} » ajoutée.</source>
        <translation>Room ‘{0}’ added.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/places_dialog.py" line="304"/>
        <source>Salle « {0} » : rien n&apos;a changé.</source>
        <translation>Room “{0}”: nothing changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/places_dialog.py" line="306"/>
        <source>Salle « {0} » enregistrée.</source>
        <translation>Room ‘{0}’ saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/places_dialog.py" line="313"/>
        <source>Choisissez d&apos;abord une salle dans la liste.</source>
        <translation>Choose a room in the list first.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/places_dialog.py" line="316"/>
        <source>Salle « {0} » supprimée.</source>
        <translation>Room ‘{0}’ deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/places_dialog.py" line="317"/>
        <source>Supprimer la salle « {0} » ?</source>
        <translation>Delete the room ‘{0}’?</translation>
    </message>
</context>
<context>
    <name>PreviewArea</name>
    <message>
        <location filename="../../desktop/pages/printing/preview.py" line="62"/>
        <source>Page entière</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/preview.py" line="62"/>
        <source>Toute la page visible</source>
        <translation>The whole page in view</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/preview.py" line="63"/>
        <source>Pleine largeur</source>
        <translation>Full width</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/preview.py" line="63"/>
        <source>La page sur toute la largeur</source>
        <translation>The page across the whole width</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/preview.py" line="64"/>
        <source>100&#x202f;%</source>
        <translation>100%</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/preview.py" line="64"/>
        <source>Taille réelle</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/preview.py" line="65"/>
        <source>Zoom arrière (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/preview.py" line="66"/>
        <source>Zoom avant (Ctrl+=)</source>
        <translation>Zoom in (Ctrl+=)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/preview.py" line="67"/>
        <source>Page précédente (touche Page ↑)</source>
        <translation>Previous page (Page Up key)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/preview.py" line="68"/>
        <source>Page suivante (touche Page ↓)</source>
        <translation>Next page (Page Down key)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/preview.py" line="135"/>
        <source>Page {0}</source>
        <translation>Page {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/preview.py" line="233"/>
        <source>Page {0} / {1}</source>
        <translation>Page {0} / {1}</translation>
    </message>
</context>
<context>
    <name>PrintSender</name>
    <message>
        <location filename="../../desktop/pages/printing/sending.py" line="52"/>
        <source>Imprimante</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/sending.py" line="56"/>
        <source>× </source>
        <translation>× </translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/sending.py" line="57"/>
        <source>Nombre d&apos;exemplaires</source>
        <translation>Number of copies</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/sending.py" line="60"/>
        <source>Réessayer</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/sending.py" line="61"/>
        <source>Autre imprimante…</source>
        <translation>Another printer…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/sending.py" line="62"/>
        <source>Annuler l&apos;impression</source>
        <translation>Cancel printing</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/sending.py" line="101"/>
        <source>Aucune imprimante sur ce poste</source>
        <translation>No printer on this computer</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/sending.py" line="119"/>
        <source>Aucune imprimante sur ce poste : enregistrez le PDF pour l&apos;imprimer ailleurs.</source>
        <translation>No printer on this computer: save the PDF to print it elsewhere.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/sending.py" line="123"/>
        <source>un autre format</source>
        <translation>another size</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/sending.py" line="125"/>
        <source>Format du papier</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/sending.py" line="126"/>
        <source>L&apos;imprimante {0} n&apos;a pas de papier {1} (elle a {2}). Imprimer à la taille du document, sans l&apos;agrandir ? (Non : choisissez une autre imprimante.)</source>
        <translation>Printer {0} has no {1} paper (it has {2}). Print at the document&apos;s size, without enlarging it? (No: choose another printer.)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/sending.py" line="130"/>
        <source>Non imprimé : choisissez une imprimante avec du papier {0}.</source>
        <translation>Not printed: choose a printer with {0} paper.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/sending.py" line="140"/>
        <source>Envoi de « {0} » à {1}…</source>
        <translation>Sending “{0}” to {1}…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/sending.py" line="156"/>
        <source>« {0} » sur {1} : {2}.</source>
        <translation>“{0}” on {1}: {2}.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/sending.py" line="184"/>
        <source>Aucune autre imprimante sur ce poste.</source>
        <translation>No other printer on this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/sending.py" line="186"/>
        <source>Autre imprimante</source>
        <translation>Another printer</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/sending.py" line="186"/>
        <source>Envoyer à :</source>
        <translation>Send to:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/sending.py" line="195"/>
        <source>Impression annulée.</source>
        <translation>Printing cancelled.</translation>
    </message>
</context>
<context>
    <name>PrintingPage</name>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="77"/>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="77"/>
        <source>Feuille d&apos;émargement</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="78"/>
        <source>Attestations de présence</source>
        <translation>Attendance certificates</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="79"/>
        <source>Page de calibration</source>
        <translation>Calibration page</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="84"/>
        <source>Noms séparés par des virgules</source>
        <translation>Names separated by commas</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="100"/>
        <source>Marquer les personnes accueillies</source>
        <translation>Mark people who have checked in</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="101"/>
        <source>Un fichier par personne (zip)</source>
        <translation>One file per person (zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="106"/>
        <source>&amp;Document :</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="107"/>
        <source>Pour &amp;qui :</source>
        <translation>For &amp;whom:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="108"/>
        <source>&amp;Session :</source>
        <translation>&amp;Session:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="109"/>
        <source>Sé&amp;lection :</source>
        <translation>Se&amp;lection:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="110"/>
        <source>Su&amp;pport :</source>
        <translation>S&amp;tock:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="112"/>
        <source>Décalage horizontal :</source>
        <translation>Horizontal offset:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="113"/>
        <source>Décalage vertical :</source>
        <translation>Vertical offset:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="98"/>
        <source>&amp;Modifier l&apos;organisateur…</source>
        <translation>&amp;Edit the organiser…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="111"/>
        <source>Imprima&amp;nte :</source>
        <translation>Pri&amp;nter:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="114"/>
        <source>Organisateur :</source>
        <translation>Organiser:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="119"/>
        <source>&amp;Aperçu (F5)</source>
        <translation>&amp;Preview (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="120"/>
        <source>&amp;Imprimer…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="121"/>
        <source>&amp;Enregistrer en PDF…</source>
        <translation>Sa&amp;ve as PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="122"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="192"/>
        <source>le nom de l&apos;organisme</source>
        <translation>the organisation&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="192"/>
        <source>le lieu (« Fait à »)</source>
        <translation>the place (« Fait à »)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="193"/>
        <source>le ou la signataire</source>
        <translation>the signatory</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="193"/>
        <source>sa fonction</source>
        <translation>their role</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="194"/>
        <source>À compléter : {0}</source>
        <translation>To fill in: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="219"/>
        <source>Tous les inscrits</source>
        <translation>Everyone registered</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="219"/>
        <location filename="../../desktop/pages/printing/page.py" line="223"/>
        <source>Une session</source>
        <translation>One session</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="220"/>
        <location filename="../../desktop/pages/printing/page.py" line="229"/>
        <source>Une sélection</source>
        <translation>A selection</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="220"/>
        <source>Pas encore imprimés</source>
        <translation>Not yet printed</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="224"/>
        <source>Une demi-journée</source>
        <translation>A half-day</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="225"/>
        <source>Une journée (matin et après-midi)</source>
        <translation>A whole day (morning and afternoon)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="227"/>
        <source>Toutes les personnes accueillies</source>
        <translation>Everyone checked in</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="228"/>
        <source>Accueillies à une session</source>
        <translation>Checked in at one session</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="284"/>
        <source>après-midi</source>
        <translation>afternoon</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="284"/>
        <source>matin</source>
        <translation>morning</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="297"/>
        <source>Choisissez d&apos;abord un événement.</source>
        <translation>Choose an event first.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="331"/>
        <source>Lecture des données…</source>
        <translation>Reading data…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/printing/page.py" line="340"/>
        <source>Mise en page de %n personne(s)…</source>
        <translation>
            <numerusform>Laying out %Ln person…</numerusform>
            <numerusform>Laying out %Ln people…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="348"/>
        <source>Annulé.</source>
        <translation>Cancelled.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/printing/page.py" line="353"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/printing/page.py" line="353"/>
        <source>%n personne(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="355"/>
        <source>aperçu des {0} premières pages</source>
        <translation>preview of the first {0} pages</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/printing/page.py" line="357"/>
        <source>%n badge(s) déjà imprimé(s)</source>
        <translation>
            <numerusform>%Ln badge already printed</numerusform>
            <numerusform>%Ln badges already printed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="369"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="370"/>
        <source>Archive zip (*.zip)</source>
        <translation>Zip archive (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="370"/>
        <source>Document PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="385"/>
        <source>Enregistrement…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="407"/>
        <source>Réimpression</source>
        <translation>Reprint</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/printing/page.py" line="408"/>
        <source>%n badge(s) ont déjà été imprimés. Pourquoi les réimprimer ?</source>
        <translation>
            <numerusform>%Ln badge has already been printed. Why reprint it?</numerusform>
            <numerusform>%Ln badges have already been printed. Why reprint them?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="414"/>
        <source>Enregistré : {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="445"/>
        <source>Erreur inattendue : {0}</source>
        <translation>Unexpected error: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/printing/page.py" line="448"/>
        <source>Impressions</source>
        <translation>Printing</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <location filename="../../desktop/pages/registrations/purge_dialog.py" line="39"/>
        <source>Purger un événement passé (RGPD)</source>
        <translation>Purge a past event (GDPR)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/purge_dialog.py" line="41"/>
        <source>Événement</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/purge_dialog.py" line="45"/>
        <source> jours</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/purge_dialog.py" line="49"/>
        <source>É&amp;vénement :</source>
        <translation>&amp;Event:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/purge_dialog.py" line="50"/>
        <source>&amp;Conservation après la fin :</source>
        <translation>&amp;Kept after the end for:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/purge_dialog.py" line="52"/>
        <source>&amp;Purger…</source>
        <translation>&amp;Purge…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/purge_dialog.py" line="59"/>
        <source>Les personnes inscrites à cet événement et à aucun événement plus récent sont anonymisées ; les inscriptions et présences restent comptées pour les bilans.</source>
        <translation>People registered to this event and to no more recent event are anonymised; registrations and attendance still count in the reports.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/purge_dialog.py" line="75"/>
        <source>Aucun événement.</source>
        <translation>No event.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/purge_dialog.py" line="77"/>
        <source>Calcul…</source>
        <translation>Computing…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/purge_dialog.py" line="89"/>
        <source>%n personne(s) seront anonymisée(s)</source>
        <translation>
            <numerusform>%Ln person will be anonymised</numerusform>
            <numerusform>%Ln people will be anonymised</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/purge_dialog.py" line="90"/>
        <source>%n réponse(s) de formulaire supprimée(s) ;</source>
        <translation>
            <numerusform>%Ln form answer deleted;</numerusform>
            <numerusform>%Ln form answers deleted;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/purge_dialog.py" line="91"/>
        <source>%n personne(s) gardée(s) car inscrite(s) à un événement plus récent.</source>
        <translation>
            <numerusform>%Ln person kept, registered to a more recent event.</numerusform>
            <numerusform>%Ln people kept, registered to a more recent event.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/purge_dialog.py" line="101"/>
        <source>Purger</source>
        <translation>Purge</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/purge_dialog.py" line="102"/>
        <source>Anonymiser définitivement %n personne(s) ? Les autres postes le feront à leur prochaine synchronisation.</source>
        <translation>
            <numerusform>Permanently anonymise %Ln person? The other desks will do the same at their next sync.</numerusform>
            <numerusform>Permanently anonymise %Ln people? The other desks will do the same at their next sync.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/purge_dialog.py" line="108"/>
        <source>Purge en cours…</source>
        <translation>Purging…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/purge_dialog.py" line="117"/>
        <source>Purge faite : %n personne(s) anonymisée(s).</source>
        <translation>
            <numerusform>Purge done: %Ln person anonymised.</numerusform>
            <numerusform>Purge done: %Ln people anonymised.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../desktop/pages/registrations/register_dialog.py" line="67"/>
        <source>Inscrire une personne</source>
        <translation>Register a person</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/register_dialog.py" line="73"/>
        <source>Personnes déjà connues</source>
        <translation>People already known</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/register_dialog.py" line="78"/>
        <source>&amp;Prénom</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/register_dialog.py" line="79"/>
        <source>&amp;Nom</source>
        <translation>&amp;Surname</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/register_dialog.py" line="80"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/register_dialog.py" line="82"/>
        <source>&amp;Inscrire</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/register_dialog.py" line="87"/>
        <source>Déjà connue ? Choisissez-la (sinon une fiche est créée) :</source>
        <translation>Already known? Select the person (otherwise a new record is created):</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/register_dialog.py" line="89"/>
        <source>Sessions (complet : liste d&apos;attente) :</source>
        <translation>Sessions (full: waiting list):</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/register_dialog.py" line="104"/>
        <source> (complet : liste d&apos;attente)</source>
        <translation> (full: waiting list)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../desktop/pages/registrations/report_dialog.py" line="21"/>
        <source>Rendez-vous d&apos;affaires : {0} planifiés, {1} tenus ; {2} structures ESS reçues par {3} entreprises et financeurs.</source>
        <translation>Business meetings: {0} planned, {1} held; {2} SSE organisations received by {3} companies and funders.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/report_dialog.py" line="27"/>
        <source>Suites : {0}.</source>
        <translation>Follow-ups: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/report_dialog.py" line="29"/>
        <source>secteur non renseigné</source>
        <translation>sector not given</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/report_dialog.py" line="30"/>
        <source>{0} : {1} rendez-vous, {2} structures</source>
        <translation>{0}: {1} meetings, {2} organisations</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/report_dialog.py" line="33"/>
        <source>Par secteur de l&apos;entreprise : {0}.</source>
        <translation>By the company&apos;s sector: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/report_dialog.py" line="35"/>
        <source>{0} : {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/report_dialog.py" line="37"/>
        <source>Par commune de la structure : {0}.</source>
        <translation>By the organisation&apos;s town: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/report_dialog.py" line="46"/>
        <source>Bilan pour les financeurs</source>
        <translation>Report for funders</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/report_dialog.py" line="48"/>
        <source>Calcul…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/report_dialog.py" line="54"/>
        <source>Personnes et structures par type</source>
        <translation>People and organisations by type</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/report_dialog.py" line="58"/>
        <source>&amp;Exporter en XLSX…</source>
        <translation>&amp;Export as XLSX…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/report_dialog.py" line="72"/>
        <source>{event} : {people}, {attended} ; {structures} dont {new} et {returning}.</source>
        <translation>{event}: {people}, {attended}; {structures}, {new} and {returning}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/report_dialog.py" line="74"/>
        <source>%n personne(s) inscrite(s)</source>
        <translation>
            <numerusform>%Ln person registered</numerusform>
            <numerusform>%Ln people registered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/report_dialog.py" line="75"/>
        <source>%n présente(s)</source>
        <translation>
            <numerusform>%Ln attended</numerusform>
            <numerusform>%Ln attended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/report_dialog.py" line="76"/>
        <source>%n structure(s) distincte(s)</source>
        <translation>
            <numerusform>%Ln distinct organisation</numerusform>
            <numerusform>%Ln distinct organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/report_dialog.py" line="77"/>
        <source>%n nouvelle(s)</source>
        <translation>
            <numerusform>%Ln new</numerusform>
            <numerusform>%Ln new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/report_dialog.py" line="78"/>
        <source>%n déjà venue(s)</source>
        <translation>
            <numerusform>%Ln returning</numerusform>
            <numerusform>%Ln returning</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/report_dialog.py" line="82"/>
        <source>Échanges : {0} besoins exprimés, {1} % avec au moins une offre, {2} contacts transmis, {3} coopérations nées, {4} nouveaux liens entre structures.</source>
        <translation>Exchanges: {0} needs stated, {1} % with at least one offer, {2} contacts passed on, {3} cooperations born, {4} new links between organisations.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/report_dialog.py" line="91"/>
        <source>Personnes</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/report_dialog.py" line="91"/>
        <source>Structures</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/report_dialog.py" line="98"/>
        <source>Sans structure</source>
        <translation>No organisation</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../desktop/pages/agenda/editor.py" line="41"/>
        <source>Nouvelle session</source>
        <translation>New session</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/editor.py" line="41"/>
        <source>Modifier la session</source>
        <translation>Edit session</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/editor.py" line="54"/>
        <source>— sans salle —</source>
        <translation>— no room —</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/editor.py" line="59"/>
        <source>vide : sans limite</source>
        <translation>empty: no limit</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/editor.py" line="61"/>
        <source>personnes ou structures, séparées par des virgules</source>
        <translation>people or organisations, separated by commas</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/editor.py" line="75"/>
        <source>&amp;Titre</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/editor.py" line="76"/>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/editor.py" line="77"/>
        <source>&amp;Jour</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/editor.py" line="78"/>
        <source>&amp;Début</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/editor.py" line="79"/>
        <source>&amp;Fin</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/editor.py" line="80"/>
        <source>&amp;Salle</source>
        <translation>&amp;Room</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/editor.py" line="81"/>
        <source>&amp;Places</source>
        <translation>&amp;Capacity</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/editor.py" line="82"/>
        <source>&amp;Animation</source>
        <translation>&amp;Facilitators</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/editor.py" line="83"/>
        <source>P&amp;ublic</source>
        <translation>A&amp;udience</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/editor.py" line="84"/>
        <source>Accessi&amp;bilité</source>
        <translation>Accessi&amp;bility</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/editor.py" line="85"/>
        <source>Descriptio&amp;n</source>
        <translation>Descriptio&amp;n</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/editor.py" line="106"/>
        <source>Salle inconnue sur ce poste</source>
        <translation>Room unknown on this device</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../desktop/sidebar.py" line="81"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../desktop/sidebar.py" line="122"/>
        <source>Déplier le menu</source>
        <translation>Expand the menu</translation>
    </message>
    <message>
        <location filename="../../desktop/sidebar.py" line="122"/>
        <source>Replier le menu</source>
        <translation>Collapse the menu</translation>
    </message>
</context>
<context>
    <name>StructureEditDialog</name>
    <message>
        <location filename="../../desktop/pages/registrations/edit_dialogs.py" line="189"/>
        <source>14 chiffres, espaces permis</source>
        <translation>14 digits, spaces allowed</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/edit_dialogs.py" line="192"/>
        <source>ex. 93027</source>
        <translation>e.g. 93027</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/edit_dialogs.py" line="193"/>
        <source>Adhérente du réseau</source>
        <translation>Network member</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/edit_dialogs.py" line="194"/>
        <source>&amp;Nom *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/edit_dialogs.py" line="194"/>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/edit_dialogs.py" line="195"/>
        <source>&amp;SIRET</source>
        <translation>SI&amp;RET</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/edit_dialogs.py" line="195"/>
        <source>&amp;Commune</source>
        <translation>T&amp;own</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/edit_dialogs.py" line="196"/>
        <source>Code &amp;INSEE</source>
        <translation>&amp;INSEE code</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../desktop/pages/sync/page.py" line="60"/>
        <source>Adresse du serveur central</source>
        <translation>Central server address</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/sync/page.py" line="63"/>
        <source>inchangé</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/sync/page.py" line="64"/>
        <source>&amp;Tester la connexion</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/sync/page.py" line="65"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/sync/page.py" line="66"/>
        <source>&amp;Synchroniser maintenant</source>
        <translation>S&amp;ync now</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/sync/page.py" line="68"/>
        <source>Synchroniser par &amp;fichier…</source>
        <translation>Sync by &amp;file…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/sync/page.py" line="69"/>
        <source>Synchroniser automatiquement quand le serveur est joignable</source>
        <translation>Sync automatically when the server can be reached</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/sync/page.py" line="77"/>
        <source>Serveur central</source>
        <translation>Central server</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/sync/page.py" line="79"/>
        <source>Adresse :</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/sync/page.py" line="80"/>
        <source>Mot de passe :</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/sync/page.py" line="81"/>
        <source>Le mot de passe est gardé hors de l&apos;espace de travail (trousseau du système, ou fichier privé de votre configuration).</source>
        <translation>The password is kept outside the workspace (system keyring, or a private file in your configuration).</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/sync/page.py" line="90"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/sync/page.py" line="92"/>
        <source>État :</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/sync/page.py" line="93"/>
        <source>Dernière synchronisation :</source>
        <translation>Last sync:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/sync/page.py" line="94"/>
        <source>Changements en attente :</source>
        <translation>Pending changes:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/sync/page.py" line="103"/>
        <source>Garder &amp;ma valeur</source>
        <translation>Keep &amp;my value</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/sync/page.py" line="104"/>
        <source>Garder &amp;leur valeur</source>
        <translation>Keep t&amp;heir value</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/sync/page.py" line="105"/>
        <source>Marquer comme &amp;vu</source>
        <translation>Mark as s&amp;een</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/sync/page.py" line="106"/>
        <source>À vérifier</source>
        <translation>To review</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/sync/page.py" line="152"/>
        <source>Synchronisé : %n changement(s) envoyé(s)</source>
        <translation>
            <numerusform>Synchronised: %Ln change sent</numerusform>
            <numerusform>Synchronised: %Ln changes sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/sync/page.py" line="153"/>
        <source>%n reçu(s).</source>
        <translation>
            <numerusform>%Ln received.</numerusform>
            <numerusform>%Ln received.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/pages/sync/page.py" line="162"/>
        <source>Indiquez d&apos;abord l&apos;adresse du serveur central (par exemple postgresql://envol@serveur/envol), puis « Enregistrer ». Sans serveur, synchronisez par fichier (clé USB).</source>
        <translation>First enter the central server&apos;s address (for example postgresql://envol@server/envol), then “Save”. Without a server, synchronise by file (USB stick).</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/sync/page.py" line="172"/>
        <source>Enregistrez d&apos;abord ce serveur (« Enregistrer ») : la synchronisation commencera aussitôt.</source>
        <translation>Save this server first (“Save”): synchronisation will start at once.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/sync/page.py" line="175"/>
        <source>Synchronisation en cours…</source>
        <translation>Synchronising…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/sync/page.py" line="239"/>
        <source>Fichier {0} : %n changement(s) reçu(s)</source>
        <translation>
            <numerusform>File {0}: %Ln change received</numerusform>
            <numerusform>File {0}: %Ln changes received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/sync/page.py" line="240"/>
        <source>%n ajouté(s) au fichier.</source>
        <translation>
            <numerusform>%Ln added to the file.</numerusform>
            <numerusform>%Ln added to the file.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/pages/sync/page.py" line="257"/>
        <source>Le serveur avait été restauré depuis une sauvegarde plus ancienne : ce poste lui a renvoyé ce qui lui manquait.</source>
        <translation>The hub had been restored from an older backup: this desk sent back what it was missing.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/sync/page.py" line="183"/>
        <source>Connexion à {0}…</source>
        <translation>Connecting to {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/sync/page.py" line="198"/>
        <source>Connexion réussie : {0}</source>
        <translation>Connected: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/sync/page.py" line="216"/>
        <source>Serveur enregistré.</source>
        <translation>Server saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/sync/page.py" line="218"/>
        <source>Mot de passe gardé dans le trousseau du système.</source>
        <translation>Password kept in the system keyring.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/sync/page.py" line="219"/>
        <source>Mot de passe gardé dans {0} (lisible par vous seul).</source>
        <translation>Password kept in {0} (readable only by you).</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/sync/page.py" line="229"/>
        <source>Fichier de synchronisation</source>
        <translation>Sync file</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/sync/page.py" line="229"/>
        <source>Synchronisation Envol (*.envolsync)</source>
        <translation>Envol sync (*.envolsync)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/sync/page.py" line="236"/>
        <source>Synchronisation avec {0}…</source>
        <translation>Syncing with {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/sync/page.py" line="251"/>
        <source>Ce fichier était la copie de celui d&apos;un autre poste : il a pris sa propre identité de poste (rien n&apos;est perdu, les billets déjà émis restent valables).</source>
        <translation>This file was a copy of another computer&apos;s: it has taken an identity of its own (nothing is lost, tickets already issued remain valid).</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <location filename="../../desktop/pages/sync/status.py" line="22"/>
        <source>Synchronisation…</source>
        <translation>Syncing…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/sync/status.py" line="24"/>
        <source>Hors ligne — %n changement(s) en attente</source>
        <translation>
            <numerusform>Offline — %Ln change waiting</numerusform>
            <numerusform>Offline — %Ln changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/pages/sync/status.py" line="26"/>
        <source>Synchronisation en échec</source>
        <translation>Sync failed</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/sync/status.py" line="28"/>
        <source>%n changement(s) en attente</source>
        <translation>
            <numerusform>%Ln change waiting</numerusform>
            <numerusform>%Ln changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/pages/sync/status.py" line="30"/>
        <source>À jour</source>
        <translation>Up to date</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/sync/status.py" line="31"/>
        <source>Hors ligne (pas de serveur) — %n changement(s) en attente</source>
        <translation>
            <numerusform>Offline (no server) — %Ln change waiting</numerusform>
            <numerusform>Offline (no server) — %Ln changes waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimetableGrid</name>
    <message>
        <location filename="../../desktop/pages/agenda/grid.py" line="58"/>
        <source>Grille horaire des sessions</source>
        <translation>Session timetable</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../desktop/pages/desk/walk_in.py" line="64"/>
        <source>Inscription sur place</source>
        <translation>On-the-spot registration</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/walk_in.py" line="69"/>
        <source>facultatif</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/walk_in.py" line="73"/>
        <source>facultatif : tapez quelques lettres du nom</source>
        <translation>optional: type a few letters of the name</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/walk_in.py" line="74"/>
        <source>Structure</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/walk_in.py" line="84"/>
        <source>&amp;Prénom</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/walk_in.py" line="85"/>
        <source>&amp;Nom</source>
        <translation>&amp;Surname</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/walk_in.py" line="86"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/walk_in.py" line="87"/>
        <source>&amp;Structure</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/walk_in.py" line="90"/>
        <source>Inscrire et enregistrer l&apos;entrée</source>
        <translation>Register and check in</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/walk_in.py" line="124"/>
        <source>Nouvelle structure : « {0} » sera créée avec la personne.</source>
        <translation>New organisation: ‘{0}’ will be created with the person.</translation>
    </message>
</context>
<context>
    <name>WallWindow</name>
    <message>
        <location filename="../../desktop/pages/exchanges/wall.py" line="44"/>
        <source>Envol — mur des échanges</source>
        <translation>Envol — exchange wall</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/wall.py" line="110"/>
        <source>{0} — {1} besoins, {2} offres</source>
        <translation>{0} — {1} needs, {2} offers</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/wall.py" line="137"/>
        <source>Les besoins apparaîtront ici au fil de l&apos;atelier.</source>
        <translation>Needs will appear here as the workshop goes on.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/wall.py" line="177"/>
        <source>Mur des échanges</source>
        <translation>Exchange wall</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/wall.py" line="178"/>
        <source>Écran du projecteur :</source>
        <translation>Projector&apos;s screen:</translation>
    </message>
</context>
<context>
    <name>_DirectoryPage</name>
    <message>
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="130"/>
        <source>&amp;Modifier la fiche… (F2)</source>
        <translation>E&amp;dit record… (F2)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="134"/>
        <source>&amp;Fusionner le doublon choisi</source>
        <translation>&amp;Merge the chosen duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="135"/>
        <source>La première fiche est gardée, la seconde y est fusionnée.</source>
        <translation>The first record is kept; the second is merged into it.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="183"/>
        <source>Choisissez d&apos;abord une ligne dans la liste.</source>
        <translation>Choose a row in the list first.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="222"/>
        <source>Fusion automatique à l&apos;import : {0}
  ← {1}</source>
        <translation>Merged automatically by an import: {0}
  ← {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="229"/>
        <source>Choisissez d&apos;abord un doublon dans la liste.</source>
        <translation>Choose a duplicate in the list first.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="232"/>
        <source>Cette fusion a été faite par l&apos;import : vérifiez la fiche de la personne.</source>
        <translation>This merge was made by an import: check the person&apos;s record.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="241"/>
        <source>Fusionné : « {0} » dans « {1} ».</source>
        <translation>Merged: ‘{0}’ into ‘{1}’.</translation>
    </message>
</context>
<context>
    <name>_EditDialog</name>
    <message>
        <location filename="../../desktop/pages/registrations/edit_dialogs.py" line="62"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <location filename="../../desktop/about.py" line="14"/>
        <source>&lt;h3&gt;Envol {0}&lt;/h3&gt;&lt;p&gt;Accueil, agenda, inscriptions et impressions des événements de l&apos;ESS de Paris Terres d&apos;Envol, hors ligne d&apos;abord.&lt;/p&gt;&lt;p&gt;Espace de travail :&lt;br&gt;&lt;code&gt;{1}&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Envol {0}&lt;/h3&gt;&lt;p&gt;Check-in, agenda, registrations and printing for the social and solidarity economy events of Paris Terres d&apos;Envol, offline first.&lt;/p&gt;&lt;p&gt;Workspace:&lt;br&gt;&lt;code&gt;{1}&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/about.py" line="22"/>
        <source>À propos d&apos;Envol</source>
        <translation>About Envol</translation>
    </message>
</context>
<context>
    <name>agenda</name>
    <message>
        <location filename="../../desktop/pages/agenda/exports.py" line="23"/>
        <source>Programme imprimable (PDF)…</source>
        <translation>Printable programme (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/exports.py" line="24"/>
        <source>Calendrier de l&apos;événement (.ics)…</source>
        <translation>Event calendar (.ics)…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/exports.py" line="25"/>
        <source>Calendrier de la session choisie (.ics)…</source>
        <translation>Calendar of the selected session (.ics)…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/exports.py" line="26"/>
        <source>Pour OpenAgenda (JSON)…</source>
        <translation>For OpenAgenda (JSON)…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/exports.py" line="78"/>
        <source>Exporté : {0}</source>
        <translation>Exported: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/models.py" line="24"/>
        <source>Horaire</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/models.py" line="24"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/models.py" line="24"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/models.py" line="25"/>
        <source>Lieu</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/models.py" line="25"/>
        <source>Public</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/models.py" line="26"/>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/models.py" line="26"/>
        <source>Confirmés</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/texts.py" line="17"/>
        <source>Atelier</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/texts.py" line="18"/>
        <source>Plénière</source>
        <translation>Plenary</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/texts.py" line="19"/>
        <source>Rendez-vous</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/texts.py" line="20"/>
        <source>Visite</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/texts.py" line="21"/>
        <source>Atelier d&apos;échanges</source>
        <translation>Exchange workshop</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/texts.py" line="30"/>
        <source>Conflit</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/event_dialog.py" line="49"/>
        <source>Mois de l&apos;ESS (plusieurs lieux, plusieurs jours)</source>
        <translation>SSE Month (several venues, several days)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/event_dialog.py" line="50"/>
        <source>Rencontres (une journée, salles en parallèle)</source>
        <translation>Gathering (one day, rooms in parallel)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/event_dialog.py" line="51"/>
        <location filename="../../desktop/pages/agenda/texts.py" line="22"/>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/texts.py" line="25"/>
        <source>Ouvert à tous</source>
        <translation>Open to all</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/texts.py" line="26"/>
        <source>Lauréats</source>
        <translation>Award winners</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/texts.py" line="27"/>
        <source>Sur invitation</source>
        <translation>By invitation</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/agenda/grid.py" line="399"/>
        <source>conflit</source>
        <translation>conflict</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/app.py" line="75"/>
        <source>Préparation de l&apos;espace de démonstration : le programme du réseau, des personnes inventées, leurs inscriptions et la journée en cours. Cela prend une vingtaine de secondes, une fois par jour.</source>
        <translation>Preparing the demo workspace: the network&apos;s programme, made-up people, their registrations and the current day. This takes about twenty seconds, once a day.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="80"/>
        <source>Envol — démonstration</source>
        <translation>Envol — demo</translation>
    </message>
</context>
<context>
    <name>attestation</name>
    <message>
        <location filename="../../desktop/attestation_words.py" line="20"/>
        <source>Attestation authentique. Voici ce qu&apos;elle atteste : comparez avec le document présenté.</source>
        <translation>Genuine certificate. This is what it certifies: compare it with the document shown.</translation>
    </message>
    <message>
        <location filename="../../desktop/attestation_words.py" line="22"/>
        <source>Attestation non valable : ce code est celui d&apos;une inscription de cet espace de travail, mais aucune présence n&apos;y est (plus) enregistrée.</source>
        <translation>Certificate not valid: this code belongs to a registration of this workspace, but no attendance is recorded for it (any more).</translation>
    </message>
    <message>
        <location filename="../../desktop/attestation_words.py" line="25"/>
        <source>Aucune attestation de cet espace de travail n&apos;a ce code : le document n&apos;a pas été délivré ici, ou son code a été modifié.</source>
        <translation>No certificate of this workspace has this code: the document was not issued here, or its code was altered.</translation>
    </message>
    <message>
        <location filename="../../desktop/attestation_words.py" line="28"/>
        <source>Ce n&apos;est pas un code de vérification : il compte 10 caractères, par exemple ABCDE-FGH23.</source>
        <translation>This is not a verification code: it has 10 characters, for example ABCDE-FGH23.</translation>
    </message>
    <message>
        <location filename="../../desktop/attestation_words.py" line="31"/>
        <source>Code : {0}</source>
        <translation>Code: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/attestation_words.py" line="32"/>
        <source>Événement : {0}</source>
        <translation>Event: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/attestation_words.py" line="33"/>
        <source>Personne : {0}</source>
        <translation>Person: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/attestation_words.py" line="34"/>
        <source>Structure : {0}</source>
        <translation>Organisation: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/attestation_words.py" line="35"/>
        <source>Attestation pour la session : {0}</source>
        <translation>Certificate for the session: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/attestation_words.py" line="36"/>
        <source>Présence : {0}</source>
        <translation>Attendance: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/attestation_words.py" line="37"/>
        <source>Sessions suivies :</source>
        <translation>Sessions attended:</translation>
    </message>
    <message>
        <location filename="../../desktop/attestation_words.py" line="38"/>
        <source>Présence enregistrée à l&apos;accueil (aucune session).</source>
        <translation>Checked in at the desk (no session).</translation>
    </message>
    <message>
        <location filename="../../desktop/attestation_words.py" line="39"/>
        <source>Durée totale : {0}</source>
        <translation>Total duration: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/attestation_words.py" line="40"/>
        <source>Émise le {0}</source>
        <translation>Issued on {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/attestation_words.py" line="41"/>
        <source>Émission non enregistrée dans le journal des impressions.</source>
        <translation>Issue not recorded in the print log.</translation>
    </message>
</context>
<context>
    <name>badge_role</name>
    <message>
        <location filename="../../desktop/pages/registrations/badge_role_dialog.py" line="19"/>
        <source>Participant·e</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/badge_role_dialog.py" line="20"/>
        <source>Intervenant·e</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/badge_role_dialog.py" line="21"/>
        <source>Organisation</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/badge_role_dialog.py" line="22"/>
        <source>Entreprise partenaire</source>
        <translation>Partner company</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/badge_role_dialog.py" line="23"/>
        <source>Bénévole</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/badge_role_dialog.py" line="33"/>
        <source>Rôle sur le badge</source>
        <translation>Badge role</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <location filename="../../desktop/dates.py" line="14"/>
        <source>lun.</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../desktop/dates.py" line="14"/>
        <source>mar.</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../desktop/dates.py" line="14"/>
        <source>mer.</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../desktop/dates.py" line="15"/>
        <source>jeu.</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../desktop/dates.py" line="15"/>
        <source>ven.</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../desktop/dates.py" line="15"/>
        <source>sam.</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../desktop/dates.py" line="16"/>
        <source>dim.</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../desktop/dates.py" line="19"/>
        <source>lundi</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../desktop/dates.py" line="19"/>
        <source>mardi</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../desktop/dates.py" line="19"/>
        <source>mercredi</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../desktop/dates.py" line="20"/>
        <source>jeudi</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../desktop/dates.py" line="20"/>
        <source>vendredi</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../desktop/dates.py" line="20"/>
        <source>samedi</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../desktop/dates.py" line="21"/>
        <source>dimanche</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../desktop/dates.py" line="24"/>
        <source>janvier</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../desktop/dates.py" line="24"/>
        <source>février</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../desktop/dates.py" line="24"/>
        <source>mars</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../../desktop/dates.py" line="25"/>
        <source>avril</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../desktop/dates.py" line="25"/>
        <source>mai</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../desktop/dates.py" line="25"/>
        <source>juin</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../../desktop/dates.py" line="26"/>
        <source>juillet</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../desktop/dates.py" line="26"/>
        <source>août</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../desktop/dates.py" line="26"/>
        <source>septembre</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../desktop/dates.py" line="27"/>
        <source>octobre</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../desktop/dates.py" line="27"/>
        <source>novembre</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../desktop/dates.py" line="28"/>
        <source>décembre</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../../desktop/dates.py" line="43"/>
        <source>1er</source>
        <translation>1</translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <location filename="../../desktop/pages/desk/words.py" line="15"/>
        <source>Bienvenue ! Entrée enregistrée.</source>
        <translation>Welcome! Checked in.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/words.py" line="16"/>
        <source>Déjà enregistré(e) à {when} au poste « {where} ».</source>
        <translation>Already checked in at {when} at desk “{where}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/words.py" line="17"/>
        <source>Inscription annulée.</source>
        <translation>Registration cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/words.py" line="18"/>
        <source>Sur liste d&apos;attente : pas encore de place confirmée.</source>
        <translation>On the waiting list: no confirmed place yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/words.py" line="19"/>
        <source>Pas inscrit(e) à cette session.</source>
        <translation>Not registered for this session.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/words.py" line="20"/>
        <source>Billet d&apos;un autre événement.</source>
        <translation>Ticket for another event.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/words.py" line="21"/>
        <source>Billet révoqué (perdu ou remplacé) : demandez une pièce d&apos;identité.</source>
        <translation>Ticket revoked (lost or replaced): ask for ID.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/words.py" line="22"/>
        <source>Billet falsifié : la signature ne correspond pas.</source>
        <translation>Forged ticket: the signature does not match.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/words.py" line="23"/>
        <source>Lecture impossible : rescannez ou cherchez par le nom.</source>
        <translation>Unreadable: scan again or search by name.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/words.py" line="24"/>
        <source>Billet inconnu sur ce poste : cherchez par le nom ou synchronisez.</source>
        <translation>Ticket unknown on this computer: search by name or sync.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/words.py" line="25"/>
        <source>Ce code correspond à plusieurs billets : scannez le QR code ou cherchez la personne par son nom.</source>
        <translation>This code matches several tickets: scan the QR code or search for the person by name.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/words.py" line="27"/>
        <source>Admis(e) sans inscription à cette session : c&apos;est noté, et compté à part.</source>
        <translation>Admitted without registration to this session: recorded, and counted apart.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/words.py" line="29"/>
        <source>Annulé</source>
        <translation>Undone</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/words.py" line="34"/>
        <source>Entrée</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/words.py" line="35"/>
        <source>Déjà entré(e)</source>
        <translation>Already in</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/words.py" line="36"/>
        <source>Inscription annulée</source>
        <translation>Registration cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/words.py" line="37"/>
        <source>Liste d&apos;attente</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/words.py" line="38"/>
        <source>Pas inscrit(e)</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/words.py" line="39"/>
        <source>Autre événement</source>
        <translation>Other event</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/words.py" line="40"/>
        <source>Billet révoqué</source>
        <translation>Ticket revoked</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/words.py" line="41"/>
        <source>Billet falsifié</source>
        <translation>Forged ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/words.py" line="42"/>
        <source>Illisible</source>
        <translation>Unreadable</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/words.py" line="43"/>
        <source>Inconnu</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/words.py" line="44"/>
        <source>Code ambigu</source>
        <translation>Ambiguous code</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/words.py" line="45"/>
        <source>Admis sans inscription</source>
        <translation>Admitted unregistered</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/words.py" line="46"/>
        <source>Annulation</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/camera.py" line="42"/>
        <source>Activer la caméra</source>
        <translation>Turn the camera on</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/camera.py" line="51"/>
        <source>Caméra disponible.</source>
        <translation>Camera available.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/camera.py" line="55"/>
        <source>Lecture par caméra indisponible (zxing-cpp absent) : utilisez la douchette ou la recherche.</source>
        <translation>Camera scanning unavailable (zxing-cpp missing): use the barcode scanner or the search.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/camera.py" line="60"/>
        <source>Lecture par caméra indisponible (bibliothèques multimédia absentes) : utilisez la douchette ou la recherche.</source>
        <translation>Camera scanning unavailable (multimedia libraries missing): use the barcode scanner or the search.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/camera.py" line="63"/>
        <source>Aucune caméra détectée : utilisez la douchette ou la recherche par nom.</source>
        <translation>No camera found: use the barcode scanner or search by name.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/camera.py" line="71"/>
        <source>Caméra arrêtée.</source>
        <translation>Camera stopped.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/camera.py" line="83"/>
        <source>Présentez le QR code à la caméra.</source>
        <translation>Hold the QR code up to the camera.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/models.py" line="16"/>
        <source>confirmé(e)</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/models.py" line="17"/>
        <source>liste d&apos;attente</source>
        <translation>waiting list</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/models.py" line="18"/>
        <source>annulé(e)</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/models.py" line="28"/>
        <location filename="../../desktop/pages/desk/models.py" line="44"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/models.py" line="28"/>
        <location filename="../../desktop/pages/desk/models.py" line="44"/>
        <source>Structure</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/models.py" line="29"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/models.py" line="29"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/models.py" line="30"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/models.py" line="43"/>
        <source>Heure</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/models.py" line="43"/>
        <source>Verdict</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/models.py" line="45"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/models.py" line="56"/>
        <source>{0} (annulé)</source>
        <translation>{0} (undone)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/verdict_panel.py" line="49"/>
        <source>Prêt à scanner</source>
        <translation>Ready to scan</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/verdict_panel.py" line="50"/>
        <source>Scannez un billet, tapez son code ou cherchez un nom.</source>
        <translation>Scan a ticket, type its code or search for a name.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/verdict_panel.py" line="60"/>
        <source>poste inconnu</source>
        <translation>unknown computer</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/verdict_panel.py" line="61"/>
        <source>Billet non reconnu</source>
        <translation>Ticket not recognised</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/desk/verdict_panel.py" line="71"/>
        <source>Scannez le billet suivant.</source>
        <translation>Scan the next ticket.</translation>
    </message>
</context>
<context>
    <name>device</name>
    <message>
        <location filename="../../desktop/device_name.py" line="20"/>
        <source>Nom de ce poste</source>
        <translation>Name of this device</translation>
    </message>
    <message>
        <location filename="../../desktop/device_name.py" line="21"/>
        <source>Le nom que les autres postes afficheront (« déjà enregistré(e) au poste « … » ») :</source>
        <translation>The name the other devices will show (“already checked in at desk “…””):</translation>
    </message>
    <message>
        <location filename="../../desktop/device_name.py" line="36"/>
        <source>Ce poste s&apos;appelle désormais « {0} ».</source>
        <translation>This device is now called “{0}”.</translation>
    </message>
</context>
<context>
    <name>directory</name>
    <message>
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="58"/>
        <source>créée</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="58"/>
        <source>importée</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="59"/>
        <source>inscrite</source>
        <translation>registered</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="60"/>
        <source>inscription annulée</source>
        <translation>registration cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="61"/>
        <source>fiche modifiée :</source>
        <translation>record edited:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="62"/>
        <source>doublon fusionné :</source>
        <translation>duplicate merged:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="63"/>
        <source>structure fusionnée :</source>
        <translation>organisation merged:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="64"/>
        <source>effacée</source>
        <translation>erased</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="65"/>
        <source>nom mieux orthographié par un import :</source>
        <translation>name spelt better by an import:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="66"/>
        <source>fusion automatique à l&apos;import :</source>
        <translation>merged automatically by an import:</translation>
    </message>
</context>
<context>
    <name>edit</name>
    <message>
        <location filename="../../desktop/pages/registrations/edit_dialogs.py" line="45"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/edit_dialogs.py" line="45"/>
        <source>Nom</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/edit_dialogs.py" line="46"/>
        <source>Nom de la structure</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/edit_dialogs.py" line="110"/>
        <source>Modifier une personne</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/edit_dialogs.py" line="182"/>
        <source>Modifier une structure</source>
        <translation>Edit organisation</translation>
    </message>
</context>
<context>
    <name>empty</name>
    <message>
        <location filename="../../desktop/empty_state.py" line="9"/>
        <source>Aucun événement pour l&apos;instant. Créez-en un dans l&apos;Agenda (Événement › Nouvel événement…, Ctrl+Maj+N), choisissez-en un dans la barre du haut, ou découvrez Envol avec la démo (envol --demo).</source>
        <translation>No event yet. Create one in the Agenda (Event › New event…, Ctrl+Shift+N), choose one in the top bar, or discover Envol with the demo (envol --demo).</translation>
    </message>
    <message>
        <location filename="../../desktop/empty_state.py" line="12"/>
        <source>Choisissez ou créez d&apos;abord un événement (barre du haut, ou Agenda › Événement › Nouvel événement…) : une inscription se fait à un événement.</source>
        <translation>First choose or create an event (top bar, or Agenda › Event › New event…): a registration is to an event.</translation>
    </message>
    <message>
        <location filename="../../desktop/empty_state.py" line="15"/>
        <source>Aucune personne pour l&apos;instant. Importez les inscriptions d&apos;un formulaire (Fichier › Importer des inscriptions…, Ctrl+I) ou inscrivez une personne depuis Participants (Inscrire…).</source>
        <translation>Nobody yet. Import the registrations of a form (File › Import registrations…, Ctrl+I) or register a person from Participants (Register…).</translation>
    </message>
    <message>
        <location filename="../../desktop/empty_state.py" line="18"/>
        <source>Aucune structure pour l&apos;instant. Elles arrivent avec les inscriptions importées (Ctrl+I) ou saisies (Participants › Inscrire…, Accueil › Inscription sur place…).</source>
        <translation>No organisation yet. They come with imported registrations (Ctrl+I) or typed ones (Participants › Register…, Desk › Walk-in registration…).</translation>
    </message>
</context>
<context>
    <name>exchanges</name>
    <message>
        <location filename="../../desktop/pages/exchanges/actions.py" line="49"/>
        <source>Choisissez d&apos;abord l&apos;événement de l&apos;atelier.</source>
        <translation>Choose the workshop&apos;s event first.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/actions.py" line="54"/>
        <source>Préparation du document…</source>
        <translation>Preparing the document…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/actions.py" line="60"/>
        <source>Enregistré : {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/actions.py" line="66"/>
        <source>Fiches d&apos;échanges</source>
        <translation>Exchange sheets</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/actions.py" line="72"/>
        <source>Relevé de l&apos;atelier</source>
        <translation>Workshop record</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/actions.py" line="78"/>
        <source>Export des échanges</source>
        <translation>Export of exchanges</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/follow_up.py" line="35"/>
        <source>Offre</source>
        <translation>Offer</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/follow_up.py" line="35"/>
        <source>De</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/follow_up.py" line="36"/>
        <source>Pour</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/follow_up.py" line="36"/>
        <source>Suivi</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/follow_up.py" line="37"/>
        <source>Depuis le</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/follow_up.py" line="37"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/follow_up.py" line="38"/>
        <source>Sans nouvelle depuis</source>
        <translation>No news for</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/texts.py" line="14"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/texts.py" line="15"/>
        <source>Outil</source>
        <translation>Tool</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/texts.py" line="16"/>
        <source>Conseil</source>
        <translation>Advice</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/texts.py" line="17"/>
        <source>Mise en relation</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/texts.py" line="18"/>
        <source>Appui</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/texts.py" line="19"/>
        <source>Ressource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/texts.py" line="23"/>
        <source>un contact</source>
        <translation>a contact</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/texts.py" line="24"/>
        <source>un outil</source>
        <translation>a tool</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/texts.py" line="25"/>
        <source>un conseil</source>
        <translation>advice</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/texts.py" line="26"/>
        <source>une mise en relation</source>
        <translation>an introduction</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/texts.py" line="27"/>
        <source>un appui</source>
        <translation>support</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/texts.py" line="28"/>
        <source>une ressource</source>
        <translation>a resource</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/texts.py" line="31"/>
        <source>Proposée</source>
        <translation>Offered</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/texts.py" line="32"/>
        <source>Contact pris</source>
        <translation>Contact made</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/texts.py" line="33"/>
        <source>Rendez-vous</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/texts.py" line="34"/>
        <source>Coopération née</source>
        <translation>Cooperation born</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/texts.py" line="35"/>
        <source>Sans suite</source>
        <translation>No follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/texts.py" line="38"/>
        <source>a déjà proposé {kind} en {detail}</source>
        <translation>already offered {kind} in {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/texts.py" line="39"/>
        <source>propose : « {detail} »</source>
        <translation>offers: “{detail}”</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/texts.py" line="40"/>
        <source>a déjà proposé « {detail} »</source>
        <translation>already offered “{detail}”</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/texts.py" line="41"/>
        <source>structure de type {detail}</source>
        <translation>organisation of kind {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/texts.py" line="42"/>
        <source>présent·e à cet atelier</source>
        <translation>at this workshop</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/texts.py" line="78"/>
        <source>Besoin retiré.</source>
        <translation>Need withdrawn.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/texts.py" line="79"/>
        <source>Offre retirée.</source>
        <translation>Offer withdrawn.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/texts.py" line="81"/>
        <source>Besoin noté.</source>
        <translation>Need noted.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/texts.py" line="82"/>
        <source>Offre notée.</source>
        <translation>Offer noted.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/texts.py" line="95"/>
        <source>Le texte était trop long : il a été raccourci.</source>
        <translation>The text was too long: it was shortened.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/texts.py" line="87"/>
        <source>Besoin corrigé.</source>
        <translation>Need corrected.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/texts.py" line="88"/>
        <source>Offre corrigée.</source>
        <translation>Offer corrected.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/texts.py" line="99"/>
        <source>Besoin rétabli, avec ses offres.</source>
        <translation>Need brought back, with its offers.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/exchanges/texts.py" line="100"/>
        <source>Offre rétablie.</source>
        <translation>Offer brought back.</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../desktop/import_words.py" line="20"/>
        <source>— ignorer —</source>
        <translation>— ignore —</translation>
    </message>
    <message>
        <location filename="../../desktop/import_words.py" line="21"/>
        <source>Réponse au formulaire</source>
        <translation>Form answer</translation>
    </message>
    <message>
        <location filename="../../desktop/import_words.py" line="22"/>
        <source>N° de billet / code-barres</source>
        <translation>Ticket number / barcode</translation>
    </message>
    <message>
        <location filename="../../desktop/import_words.py" line="23"/>
        <source>Prénom *</source>
        <translation>First name *</translation>
    </message>
    <message>
        <location filename="../../desktop/import_words.py" line="24"/>
        <source>Nom *</source>
        <translation>Surname *</translation>
    </message>
    <message>
        <location filename="../../desktop/import_words.py" line="25"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/import_words.py" line="26"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/import_words.py" line="27"/>
        <source>Structure</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/import_words.py" line="28"/>
        <source>Type de structure</source>
        <translation>Type of organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/import_words.py" line="29"/>
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../desktop/import_words.py" line="30"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../desktop/import_words.py" line="31"/>
        <source>Code postal de la structure</source>
        <translation>Organisation&apos;s postcode</translation>
    </message>
    <message>
        <location filename="../../desktop/import_words.py" line="32"/>
        <source>Site web de la structure</source>
        <translation>Organisation website</translation>
    </message>
    <message>
        <location filename="../../desktop/import_words.py" line="33"/>
        <source>Sessions choisies</source>
        <translation>Sessions chosen</translation>
    </message>
    <message>
        <location filename="../../desktop/import_words.py" line="34"/>
        <source>Date d&apos;inscription</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <location filename="../../desktop/import_words.py" line="35"/>
        <source>Statut (annulé…)</source>
        <translation>Status (cancelled…)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_words.py" line="36"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop/import_words.py" line="37"/>
        <source>Besoins d&apos;accessibilité</source>
        <translation>Accessibility needs</translation>
    </message>
    <message>
        <location filename="../../desktop/import_words.py" line="38"/>
        <source>Prénom de l&apos;acheteur</source>
        <translation>Buyer&apos;s first name</translation>
    </message>
    <message>
        <location filename="../../desktop/import_words.py" line="39"/>
        <source>Nom de l&apos;acheteur</source>
        <translation>Buyer&apos;s surname</translation>
    </message>
    <message>
        <location filename="../../desktop/import_words.py" line="40"/>
        <source>E-mail de l&apos;acheteur</source>
        <translation>Buyer&apos;s email</translation>
    </message>
    <message>
        <location filename="../../desktop/import_words.py" line="42"/>
        <source>ligne {0}</source>
        <translation>row {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/import_words.py" line="43"/>
        <source>fichier</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../../desktop/import_words.py" line="44"/>
        <source>{0}, colonne « {1} »</source>
        <translation>{0}, column ‘{1}’</translation>
    </message>
    <message>
        <location filename="../../desktop/import_words.py" line="45"/>
        <source>{0} : {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/import_words.py" line="56"/>
        <source>{count} lignes : {what} — lignes {lines}</source>
        <translation>{count} rows: {what} — rows {lines}</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../desktop/labels.py" line="11"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="12"/>
        <source>SCOP</source>
        <translation>SCOP</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="13"/>
        <source>SCIC</source>
        <translation>SCIC</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="14"/>
        <source>SIAE</source>
        <translation>SIAE</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="15"/>
        <source>Régie de quartier</source>
        <translation>Neighbourhood enterprise</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="16"/>
        <source>Mutuelle</source>
        <translation>Mutual</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="17"/>
        <source>Fondation</source>
        <translation>Foundation</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="18"/>
        <source>Entreprise</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="19"/>
        <source>Collectivité</source>
        <translation>Local authority</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="20"/>
        <source>Partenaire</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="21"/>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="24"/>
        <source>Confirmé</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="25"/>
        <source>Liste d&apos;attente</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="26"/>
        <source>Annulé</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="29"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="30"/>
        <source>Accueil</source>
        <translation>Check-in desk</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="31"/>
        <source>Saisie</source>
        <translation>Manual entry</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="37"/>
        <source>A4, 8 badges 99,1 × 67,7 mm (Avery L7165 / J8165 ou équivalent)</source>
        <translation>A4, 8 badges 99.1 × 67.7 mm (Avery L7165 / J8165 or equivalent)</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="38"/>
        <source>A4, 10 badges 99,1 × 57 mm (Avery L7173 / J8173 ou équivalent)</source>
        <translation>A4, 10 badges 99.1 × 57 mm (Avery L7173 / J8173 or equivalent)</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="39"/>
        <source>A4 à découper en 4 badges A6 (105 × 148 mm)</source>
        <translation>A4 to cut into 4 A6 badges (105 × 148 mm)</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="40"/>
        <source>Rouleau 62 mm, un badge de 62 × 100 mm (Brother DK-22205)</source>
        <translation>62 mm roll, one 62 × 100 mm badge (Brother DK-22205)</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="41"/>
        <source>A4 papier, 8 badges 90 × 60 mm avec traits de coupe</source>
        <translation>Plain A4 paper, 8 badges 90 × 60 mm with cut marks</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="47"/>
        <source>Agriculture, sylviculture et pêche</source>
        <translation>Agriculture, forestry and fishing</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="48"/>
        <source>Industries extractives</source>
        <translation>Mining and quarrying</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="49"/>
        <source>Industrie manufacturière</source>
        <translation>Manufacturing</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="50"/>
        <source>Énergie (électricité, gaz)</source>
        <translation>Energy (electricity, gas)</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="51"/>
        <source>Eau, assainissement, déchets</source>
        <translation>Water, sewerage, waste</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="52"/>
        <source>Construction</source>
        <translation>Construction</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="53"/>
        <source>Commerce</source>
        <translation>Wholesale and retail trade</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="54"/>
        <source>Transports et entreposage</source>
        <translation>Transport and storage</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="55"/>
        <source>Hébergement et restauration</source>
        <translation>Accommodation and food</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="56"/>
        <source>Information et communication</source>
        <translation>Information and communication</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="57"/>
        <source>Banque et assurance</source>
        <translation>Banking and insurance</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="58"/>
        <source>Immobilier</source>
        <translation>Real estate</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="59"/>
        <source>Conseil, ingénierie, activités scientifiques</source>
        <translation>Consulting, engineering, scientific activities</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="60"/>
        <source>Services administratifs et de soutien</source>
        <translation>Administrative and support services</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="61"/>
        <source>Administration publique</source>
        <translation>Public administration</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="62"/>
        <source>Enseignement</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="63"/>
        <source>Santé et action sociale</source>
        <translation>Health and social work</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="64"/>
        <source>Arts, spectacles, loisirs</source>
        <translation>Arts, entertainment, recreation</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="65"/>
        <source>Autres services</source>
        <translation>Other services</translation>
    </message>
</context>
<context>
    <name>meetings</name>
    <message>
        <location filename="../../desktop/pages/meetings/desk_note.py" line="19"/>
        <source>{0} table {1} avec {2}</source>
        <translation>{0} table {1} with {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/desk_note.py" line="21"/>
        <source> (nouveau)</source>
        <translation> (new)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/desk_note.py" line="23"/>
        <source>1 rendez-vous</source>
        <translation>1 meeting</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/desk_note.py" line="24"/>
        <source>{0} rendez-vous</source>
        <translation>{0} meetings</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/models.py" line="19"/>
        <source>en attente</source>
        <translation>pending</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/models.py" line="20"/>
        <source>acceptée</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/models.py" line="21"/>
        <source>refusée</source>
        <translation>declined</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/models.py" line="24"/>
        <source>prévu</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/models.py" line="25"/>
        <source>libéré (absent)</source>
        <translation>freed (no-show)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/models.py" line="26"/>
        <source>tenu</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/models.py" line="27"/>
        <source>non tenu</source>
        <translation>not held</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/models.py" line="31"/>
        <source>aucune suite notée</source>
        <translation>no follow-up noted</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/models.py" line="32"/>
        <source>contact pris</source>
        <translation>contact made</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/models.py" line="33"/>
        <source>rendez-vous</source>
        <translation>meeting arranged</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/models.py" line="34"/>
        <source>partenariat né</source>
        <translation>partnership born</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/models.py" line="35"/>
        <source>sans suite</source>
        <translation>no follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/models.py" line="49"/>
        <source>Demandeur</source>
        <translation>Requester</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/models.py" line="49"/>
        <source>Souhaite rencontrer</source>
        <translation>Wants to meet</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/models.py" line="50"/>
        <source>Priorité</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/models.py" line="50"/>
        <source>Réponse</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/models.py" line="51"/>
        <source>Placée</source>
        <translation>Placed</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/models.py" line="51"/>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/models.py" line="58"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/models.py" line="63"/>
        <source>Heure</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/models.py" line="63"/>
        <location filename="../../desktop/pages/meetings/models.py" line="86"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/models.py" line="64"/>
        <source>Structure ou personne</source>
        <translation>Structure or person</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/models.py" line="64"/>
        <location filename="../../desktop/pages/meetings/models.py" line="87"/>
        <source>Rencontre</source>
        <translation>Meets</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/models.py" line="65"/>
        <location filename="../../desktop/pages/meetings/models.py" line="88"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/models.py" line="75"/>
        <location filename="../../desktop/pages/meetings/models.py" line="110"/>
        <source> · remplacement</source>
        <translation> · replacement</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/models.py" line="86"/>
        <location filename="../../desktop/pages/meetings/profile_form.py" line="51"/>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/models.py" line="87"/>
        <location filename="../../desktop/pages/meetings/models.py" line="88"/>
        <source>Présence</source>
        <translation>Presence</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/models.py" line="99"/>
        <source>✔ arrivé·e</source>
        <translation>✔ arrived</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/models.py" line="99"/>
        <source>✘ absent·e</source>
        <translation>✘ absent</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/printouts.py" line="39"/>
        <source>Programmes individuels A4</source>
        <translation>Personal schedules A4</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/printouts.py" line="40"/>
        <source>A6</source>
        <translation>A6</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/printouts.py" line="41"/>
        <source>Panneaux de table</source>
        <translation>Table signs</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/printouts.py" line="42"/>
        <source>Grille</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/printouts.py" line="43"/>
        <source>Liste par entreprise</source>
        <translation>List per company</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/printouts.py" line="68"/>
        <source>Étiquettes envoyées à l&apos;imprimante.</source>
        <translation>Labels sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/printouts.py" line="71"/>
        <source>Pas d&apos;imprimante : étiquettes enregistrées dans {0}</source>
        <translation>No printer: labels saved in {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/words.py" line="17"/>
        <source>pas de créneau commun</source>
        <translation>no common slot</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/words.py" line="18"/>
        <source>maximum de rendez-vous atteint</source>
        <translation>maximum of meetings reached</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/words.py" line="19"/>
        <source>l&apos;un ou l&apos;autre déjà pris à chaque créneau commun</source>
        <translation>one or the other already busy at every common slot</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/words.py" line="20"/>
        <source>plus de table libre</source>
        <translation>no table left</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/words.py" line="21"/>
        <source>écartée dans le temps de calcul</source>
        <translation>left out within the time limit</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/words.py" line="24"/>
        <source>ligne {0} : personne inconnue ({1})</source>
        <translation>line {0}: unknown person ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/words.py" line="25"/>
        <source>ligne {0} : une personne se demande elle-même ({1})</source>
        <translation>line {0}: a person requests themselves ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/words.py" line="26"/>
        <source>ligne {0} : priorité 1, 2 ou 3 attendue ({1})</source>
        <translation>line {0}: priority 1, 2 or 3 expected ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/words.py" line="57"/>
        <source>optimal</source>
        <translation>optimal</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/words.py" line="57"/>
        <source>à {0} au plus du meilleur plan possible</source>
        <translation>within {0} of the best possible plan</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/words.py" line="59"/>
        <source>{0} rendez-vous placés ({1} conservés), {2} ; {3} trous dans les parcours ; calcul {4}.</source>
        <translation>{0} meetings placed ({1} kept), {2}; {3} gaps in the schedules; computed in {4}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/meetings/words.py" line="64"/>
        <source>%n demande(s) non placée(s) — {0}.</source>
        <translation>
            <numerusform>%Ln request not placed — {0}.</numerusform>
            <numerusform>%Ln requests not placed — {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/words.py" line="70"/>
        <source>Créneau {0} ({1}) : {2} rendez-vous libérés, {3} remplacements proposés.</source>
        <translation>Slot {0} ({1}): {2} meetings freed, {3} replacements offered.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/words.py" line="73"/>
        <source>Table {0} : {1} rencontre {2}</source>
        <translation>Table {0}: {1} meets {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/words.py" line="76"/>
        <source>Sans remplaçant disponible : {0}</source>
        <translation>No replacement available: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/meetings/words.py" line="82"/>
        <source>%n demande(s) ajoutée(s)</source>
        <translation>
            <numerusform>%Ln request added</numerusform>
            <numerusform>%Ln requests added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/meetings/words.py" line="83"/>
        <source>%n mise(s) à jour.</source>
        <translation>
            <numerusform>%Ln updated.</numerusform>
            <numerusform>%Ln updated.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/words.py" line="89"/>
        <source>{0} participants demandent plus de rendez-vous qu&apos;il n&apos;y a de créneaux.</source>
        <translation>{0} participants request more meetings than there are slots.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/profile_form.py" line="39"/>
        <source>Structure ESS</source>
        <translation>SSE organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/profile_form.py" line="40"/>
        <source>Entreprise</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/profile_form.py" line="41"/>
        <source>Financeur / partenaire</source>
        <translation>Funder / partner</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/profile_form.py" line="51"/>
        <source>Structure</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/profile_form.py" line="52"/>
        <source>Côté</source>
        <translation>Side</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/profile_form.py" line="52"/>
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/meetings/profile_form.py" line="53"/>
        <source>Secteur</source>
        <translation>Sector</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../desktop/messages.py" line="34"/>
        <source>Aucun espace de travail à cet emplacement : {path}</source>
        <translation>No workspace at this location: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="35"/>
        <source>Ce fichier n&apos;est pas un espace de travail Envol : {path}. Il n&apos;a pas été modifié.</source>
        <translation>This file is not an Envol workspace: {path}. It has not been changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="40"/>
        <source>L&apos;espace de travail {path} est endommagé et ne peut pas être lu. Il n&apos;a pas été modifié ; ouvrez une sauvegarde ou synchronisez un nouveau poste.</source>
        <translation>The workspace {path} is damaged and cannot be read. It has not been changed; open a backup or sync a new computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="43"/>
        <source>L&apos;espace de travail {path} a été écrit par une version plus récente d&apos;Envol. Mettez Envol à jour pour l&apos;ouvrir ; le fichier n&apos;a pas été modifié.</source>
        <translation>The workspace {path} was written by a newer version of Envol. Update Envol to open it; the file has not been changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="46"/>
        <source>L&apos;espace de travail {path} est utilisé par un autre programme. Fermez l&apos;autre fenêtre d&apos;Envol puis réessayez.</source>
        <translation>The workspace {path} is in use by another program. Close the other Envol window and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="49"/>
        <source>{path} est un véritable espace de travail : la démonstration ne le remplace jamais.</source>
        <translation>{path} is a real workspace: the demo never replaces it.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="51"/>
        <source>Ce champ ne peut pas être vide ({field}).</source>
        <translation>This field cannot be empty ({field}).</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="52"/>
        <source>Ce texte est trop long ({field}).</source>
        <translation>This text is too long ({field}).</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="53"/>
        <source>Adresse e-mail invalide : {value}</source>
        <translation>Invalid email address: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="54"/>
        <source>Un SIRET comporte 14 chiffres : {value}</source>
        <translation>A SIRET number has 14 digits: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="55"/>
        <source>La clé de contrôle de ce SIRET est fausse : {value}</source>
        <translation>The check digit of this SIRET number is wrong: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="56"/>
        <source>Un code INSEE comporte 5 caractères : {value}</source>
        <translation>An INSEE code has 5 characters: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="57"/>
        <source>La capacité doit être d&apos;au moins 1 place.</source>
        <translation>Capacity must be at least 1 place.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="58"/>
        <source>Cette personne est déjà inscrite à cet événement.</source>
        <translation>This person is already registered for this event.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="59"/>
        <source>Cette session appartient à un autre événement.</source>
        <translation>This session belongs to another event.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="60"/>
        <source>Cette inscription est annulée.</source>
        <translation>This registration is cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="61"/>
        <source>Cet espace de travail ne contient encore aucun événement.</source>
        <translation>This workspace does not contain any events yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="62"/>
        <source>Événement introuvable.</source>
        <translation>Event not found.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="63"/>
        <source>La session se termine avant de commencer.</source>
        <translation>The session ends before it starts.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="64"/>
        <source>L&apos;événement se termine avant de commencer.</source>
        <translation>The event ends before it starts.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="66"/>
        <source>Adresse de serveur invalide : {url} (attendu : postgresql://utilisateur@serveur/base).</source>
        <translation>Invalid server address: {url} (expected: postgresql://user@server/database).</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="68"/>
        <source>Le serveur central {url} est injoignable : le poste continue hors ligne, rien n&apos;est perdu. Vérifiez le réseau ou l&apos;adresse.</source>
        <translation>The central server {url} cannot be reached: this computer carries on offline, nothing is lost. Check the network or the address.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="71"/>
        <source>Le serveur central {url} refuse l&apos;utilisateur ou le mot de passe. Corrigez-les sur la page Synchronisation.</source>
        <translation>The central server {url} rejects the user name or password. Correct them on the Sync page.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="74"/>
        <source>La base indiquée n&apos;existe pas sur le serveur {url}.</source>
        <translation>The database given does not exist on the server {url}.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="75"/>
        <source>La connexion sécurisée (TLS) au serveur {url} a échoué : vérifiez sslmode et le certificat.</source>
        <translation>The secure (TLS) connection to the server {url} failed: check sslmode and the certificate.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="77"/>
        <source>Le serveur central {url} a été préparé par une version plus récente d&apos;Envol (schéma {version}). Mettez Envol à jour sur ce poste ; rien n&apos;a été envoyé.</source>
        <translation>The central server {url} was set up by a newer version of Envol (schema {version}). Update Envol on this computer; nothing has been sent.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="80"/>
        <source>Le serveur central {url} a répondu par une erreur : {detail}</source>
        <translation>The central server {url} replied with an error: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="81"/>
        <source>Aucun serveur central n&apos;est configuré : indiquez --hub URL ou --bundle FICHIER.</source>
        <translation>No central server is configured: give --hub URL or --bundle FILE.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="83"/>
        <source>{path} n&apos;est pas un fichier de synchronisation Envol. Il n&apos;a pas été modifié.</source>
        <translation>{path} is not an Envol sync file. It has not been changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="94"/>
        <source>Synchronisation arrêtée : une modification venue d&apos;un autre poste donne à {what} une valeur qu&apos;une autre ligne de cet espace de travail a déjà. Rien de cette page n&apos;a été appliqué ; transmettez ce message à l&apos;équipe technique.</source>
        <translation>Sync stopped: a change from another desk gives {what} a value that another row of this workspace already has. Nothing of this page was applied; pass this message on to the technical team.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="98"/>
        <source>Ce point a déjà été réglé.</source>
        <translation>This item has already been resolved.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="99"/>
        <source>Choix invalide.</source>
        <translation>Invalid choice.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="101"/>
        <source>Session introuvable : elle a peut-être été supprimée.</source>
        <translation>Session not found: it may have been deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="102"/>
        <source>Salle introuvable.</source>
        <translation>Room not found.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="103"/>
        <source>Lieu introuvable.</source>
        <translation>Venue not found.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="104"/>
        <source>Horaire sans fuseau horaire : indiquez l&apos;heure de l&apos;événement.</source>
        <translation>Time without a time zone: give the event&apos;s local time.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="105"/>
        <source>Horaire illisible : {value} (attendu : HH:MM).</source>
        <translation>Unreadable time: {value} (expected: HH:MM).</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="106"/>
        <source>L&apos;heure {value} n&apos;existe pas : les horloges avancent d&apos;une heure cette nuit-là.</source>
        <translation>The time {value} does not exist: the clocks go forward one hour that night.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="108"/>
        <source>Fuseau horaire inconnu : {value}</source>
        <translation>Unknown time zone: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="109"/>
        <source>Adresse web invalide (elle commence par https://) : {value}</source>
        <translation>Invalid web address (it starts with https://): {value}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/messages.py" line="111"/>
        <source>%n inscription(s) porte(nt) sur cette session : annulez-les avant de la supprimer.</source>
        <translation>
            <numerusform>%Ln registration is for this session: cancel it before deleting the session.</numerusform>
            <numerusform>%Ln registrations are for this session: cancel them before deleting the session.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/messages.py" line="113"/>
        <source>Cet événement a %n inscription(s) : il ne peut pas être supprimé.</source>
        <translation>
            <numerusform>This event has %Ln registration: it cannot be deleted.</numerusform>
            <numerusform>This event has %Ln registrations: it cannot be deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/messages.py" line="114"/>
        <source>%n session(s) a (ont) lieu dans ce lieu : déplacez-les d&apos;abord.</source>
        <translation>
            <numerusform>%Ln session takes place at this venue: move it first.</numerusform>
            <numerusform>%Ln sessions take place at this venue: move them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/messages.py" line="115"/>
        <source>%n session(s) a (ont) lieu dans cette salle : déplacez-les d&apos;abord.</source>
        <translation>
            <numerusform>%Ln session takes place in this room: move it first.</numerusform>
            <numerusform>%Ln sessions take place in this room: move them first.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="122"/>
        <source>{facilitator} est attendu·e à deux endroits : « {first} » et « {second} ».</source>
        <translation>{facilitator} is expected in two places: ‘{first}’ and ‘{second}’.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/messages.py" line="125"/>
        <source>« {first} » : {confirmed} inscriptions confirmées pour %n place(s).</source>
        <translation>
            <numerusform>‘{first}’: {confirmed} confirmed registrations for %Ln place.</numerusform>
            <numerusform>‘{first}’: {confirmed} confirmed registrations for %Ln places.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/messages.py" line="138"/>
        <source>%n badge(s) déjà imprimé(s) : indiquez la raison de la réimpression.</source>
        <translation>
            <numerusform>%Ln badge already printed: give the reason for reprinting it.</numerusform>
            <numerusform>%Ln badges already printed: give the reason for reprinting them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="141"/>
        <source>Inscription introuvable à cet événement.</source>
        <translation>No such registration at this event.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="142"/>
        <source>Demi-journée illisible : {value}. Écrivez par exemple 13/11/2026:matin ou 13/11/2026:après-midi.</source>
        <translation>Unreadable half-day: {value}. Write for example 13/11/2026:matin or 13/11/2026:après-midi.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="144"/>
        <source>Date illisible : {value}. Écrivez par exemple 13/11/2026.</source>
        <translation>Unreadable date: {value}. Write for example 13/11/2026.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="145"/>
        <source>Image illisible : {what}. Choisissez un fichier PNG ou JPEG.</source>
        <translation>Unreadable image: {what}. Choose a PNG or JPEG file.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="147"/>
        <source>Image trop grande : {what}. Un logo ou une signature tient en moins de {limit} Mo et 6000 pixels de côté.</source>
        <translation>Image too large: {what}. A logo or a signature fits in less than {limit} MB and 6000 pixels a side.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="150"/>
        <source>{limit} logos de financeurs au plus.</source>
        <translation>At most {limit} funders&apos; logos.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="156"/>
        <source>Fichier introuvable : {filename}.</source>
        <translation>File not found: {filename}.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="157"/>
        <source>{filename} est un dossier : indiquez un fichier CSV ou XLSX.</source>
        <translation>{filename} is a folder: give a CSV or XLSX file.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="159"/>
        <source>Le fichier {filename} ne peut pas être lu.</source>
        <translation>The file {filename} cannot be read.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="160"/>
        <source>guillemet ouvert jamais refermé (« {value} ») : ligne refusée, les lignes suivantes sont lues à part.</source>
        <translation>quote opened and never closed (‘{value}’): row refused, the following lines are read on their own.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="163"/>
        <source>caractère nul dans la ligne (« {value} ») : ligne refusée.</source>
        <translation>NUL character in the row (‘{value}’): row refused.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="164"/>
        <source>ligne illisible : ligne refusée.</source>
        <translation>unreadable line: row refused.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="184"/>
        <source>même e-mail et nom proche de {value} : même personne, fusion à vérifier dans la liste des doublons.</source>
        <translation>same e-mail and a name close to {value}: same person, merge to check in the duplicates list.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="186"/>
        <source>même nom et même structure que {value}, autre e-mail : même personne, fusion à vérifier dans la liste des doublons.</source>
        <translation>same name and organisation as {value}, another e-mail: same person, merge to check in the duplicates list.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="189"/>
        <source>même e-mail que {value} mais autre nom : deux personnes, listées ensemble dans les doublons.</source>
        <translation>same e-mail as {value} but another name: two people, listed together among the duplicates.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="191"/>
        <source>même nom que {value} mais e-mail, téléphone ou billet différent : deux personnes, listées ensemble dans les doublons.</source>
        <translation>same name as {value} but another e-mail, phone or ticket: two people, listed together among the duplicates.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="208"/>
        <source>Le code PIN doit comporter au moins {minimum} chiffres.</source>
        <translation>The PIN must have at least {minimum} digits.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="209"/>
        <source>Code PIN incorrect : l&apos;accueil reste verrouillé.</source>
        <translation>Wrong PIN: the check-in desk stays locked.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/messages.py" line="211"/>
        <source>Code PIN incorrect. Trop d&apos;essais : attendez %n seconde(s) avant le prochain.</source>
        <translation>
            <numerusform>Wrong PIN. Too many attempts: wait %Ln second before the next one.</numerusform>
            <numerusform>Wrong PIN. Too many attempts: wait %Ln seconds before the next one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/messages.py" line="213"/>
        <source>Trop d&apos;essais : attendez encore %n seconde(s) avant de saisir le code PIN.</source>
        <translation>
            <numerusform>Too many attempts: wait %Ln more second before entering the PIN.</numerusform>
            <numerusform>Too many attempts: wait %Ln more seconds before entering the PIN.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="215"/>
        <source>Rien n&apos;a été saisi : écrivez le besoin ou l&apos;offre.</source>
        <translation>Nothing was typed: write the need or the offer.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="216"/>
        <source>C&apos;est déjà noté : « {title} ».</source>
        <translation>Already noted: “{title}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="217"/>
        <source>Catégorie inconnue : {value}</source>
        <translation>Unknown category: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="218"/>
        <source>La catégorie « {label} » existe déjà : renommez-la ou rétablissez-la plutôt.</source>
        <translation>The category “{label}” already exists: rename it or bring it back instead.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="220"/>
        <source>Code de catégorie invalide : {value} (lettres minuscules sans accent, chiffres et _).</source>
        <translation>Invalid category code: {value} (lower-case unaccented letters, digits and _).</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="222"/>
        <source>Une personne ne répond pas à son propre besoin.</source>
        <translation>A person does not answer their own need.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="223"/>
        <source>Ce besoin n&apos;existe plus (il a peut-être été retiré).</source>
        <translation>This need no longer exists (it may have been withdrawn).</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="224"/>
        <source>Cette offre n&apos;existe plus (elle a peut-être été retirée).</source>
        <translation>This offer no longer exists (it may have been withdrawn).</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="225"/>
        <source>Le suivi ne revient pas en arrière : choisissez une étape suivante, ou « sans suite ».</source>
        <translation>Follow-up does not go backwards: choose a later step, or “no follow-up”.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="227"/>
        <source>Une coopération née le reste : ce suivi est terminé.</source>
        <translation>A cooperation born stays born: this follow-up is over.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="228"/>
        <source>Une étape ne peut pas être datée dans le futur ({day}).</source>
        <translation>A step cannot be dated in the future ({day}).</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="229"/>
        <source>Une étape ne peut pas être datée d&apos;avant l&apos;offre ({day}).</source>
        <translation>A step cannot be dated before the offer ({day}).</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="232"/>
        <source>Cet événement n&apos;a pas encore de rendez-vous d&apos;affaires.</source>
        <translation>This event has no business meetings yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="233"/>
        <source>Cet événement n&apos;a pas de session « Rendez-vous » dans l&apos;agenda : créez-en une d&apos;abord.</source>
        <translation>This event has no “Rendez-vous” session in the agenda: create one first.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="235"/>
        <source>Aucune table : ajoutez des tables avant de calculer le plan.</source>
        <translation>No tables: add tables before computing the plan.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="236"/>
        <source>Un créneau dure 15, 20 ou 30 minutes.</source>
        <translation>A slot lasts 15, 20 or 30 minutes.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="237"/>
        <source>Catégorie inconnue : {category}</source>
        <translation>Unknown category: {category}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="238"/>
        <location filename="../../desktop/messages.py" line="256"/>
        <source>Ce créneau n&apos;est pas dans le programme.</source>
        <translation>This slot is not in the programme.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="239"/>
        <source>Le maximum de rendez-vous est un nombre positif.</source>
        <translation>The maximum of meetings is a positive number.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="240"/>
        <source>Secteur d&apos;activité inconnu : {sector}</source>
        <translation>Unknown sector of activity: {sector}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="241"/>
        <source>Cette personne ne participe pas aux rendez-vous.</source>
        <translation>This person does not take part in the meetings.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="242"/>
        <source>Une personne ne peut pas demander à se rencontrer.</source>
        <translation>A person cannot ask to meet themselves.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="243"/>
        <source>La priorité est 1, 2 ou 3 (reçu : {priority}).</source>
        <translation>The priority is 1, 2 or 3 (got {priority}).</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="244"/>
        <source>Cette demande n&apos;existe plus.</source>
        <translation>This request no longer exists.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="245"/>
        <source>Le fichier doit avoir une colonne « Demandeur » et une colonne « Destinataire ».</source>
        <translation>The file needs a “Demandeur” (requester) column and a “Destinataire” (target) column.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="247"/>
        <source>Deux rendez-vous épinglés occupent la même table au même créneau.</source>
        <translation>Two pinned meetings take the same table in the same slot.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="249"/>
        <source>Une personne a deux rendez-vous épinglés au même créneau.</source>
        <translation>A person has two pinned meetings in the same slot.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="251"/>
        <source>Un rendez-vous épinglé est à une table qui n&apos;est plus dans le programme.</source>
        <translation>A pinned meeting is at a table no longer in the programme.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="253"/>
        <source>Une personne a plus de rendez-vous épinglés ({pinned}) que son maximum ({maximum}).</source>
        <translation>A person has more pinned meetings ({pinned}) than their maximum ({maximum}).</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="255"/>
        <source>Le calcul du plan n&apos;a pas abouti ; rien n&apos;a changé.</source>
        <translation>The plan could not be computed; nothing changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="257"/>
        <source>Ce créneau est terminé : ses rendez-vous ne sont plus replanifiés.</source>
        <translation>This slot is over: its meetings are no longer re-planned.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="259"/>
        <source>Ce rendez-vous n&apos;existe plus.</source>
        <translation>This meeting no longer exists.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="260"/>
        <source>Document inconnu : {document}</source>
        <translation>Unknown document: {document}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="116"/>
        <source>L&apos;événement « {event} » n&apos;a encore aucune session : il n&apos;y a rien à exporter.</source>
        <translation>The event ‘{event}’ has no sessions yet: there is nothing to export.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="37"/>
        <source>Le fichier {path} est vide : ce n&apos;est pas un espace de travail Envol. Il n&apos;a pas été modifié (pour créer un nouvel espace, choisissez un autre nom).</source>
        <translation>The file {path} is empty: it is not an Envol workspace. It was not changed (to create a new workspace, choose another name).</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="85"/>
        <source>Le fichier {path} a été écrit par une version plus récente d&apos;Envol : mettez Envol à jour. Il n&apos;a pas été modifié.</source>
        <translation>The file {path} was written by a newer version of Envol: update Envol. It was not changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="88"/>
        <source>{path} est un espace de travail, pas un fichier de synchronisation. Aucun des deux fichiers n&apos;a été modifié : indiquez un fichier de synchronisation (par exemple envol-sync.db sur la clé USB).</source>
        <translation>{path} is a workspace, not a sync file. Neither file was changed: give a sync file (for example envol-sync.db on the USB stick).</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="91"/>
        <source>Le fichier de synchronisation {path} est endommagé (copie interrompue ?). Aucun des deux fichiers n&apos;a été modifié : recopiez-le depuis le poste qui l&apos;a écrit.</source>
        <translation>The sync file {path} is damaged (an interrupted copy?). Neither file was changed: copy it again from the desk that wrote it.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="118"/>
        <source>Capacité illisible : {value} (un nombre de places, ou vide).</source>
        <translation>Unreadable capacity: {value} (a number of places, or empty).</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="120"/>
        <source>Salle réservée deux fois : {room} accueille « {first} » et « {second} » en même temps.</source>
        <translation>Room double-booked: {room} hosts ‘{first}’ and ‘{second}’ at the same time.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="126"/>
        <source>« {first} » a lieu en dehors des dates de l&apos;événement.</source>
        <translation>‘{first}’ takes place outside the event dates.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="129"/>
        <source>Les étiquettes de ce support ne tiennent pas sur la page ({stock}) : choisissez un autre support.</source>
        <translation>The labels of this stock do not fit on the page ({stock}): choose another stock.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="131"/>
        <source>Support d&apos;impression inconnu : {stock}. Supports connus : {known}.</source>
        <translation>Unknown print stock: {stock}. Known stocks: {known}.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="132"/>
        <source>Le décalage de l&apos;imprimante ne peut pas dépasser {limit} mm : vérifiez le réglage.</source>
        <translation>The printer offset cannot exceed {limit} mm: check the setting.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="134"/>
        <source>Personne à imprimer avec ce choix.</source>
        <translation>Nobody to print with this selection.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="135"/>
        <source>Personne n&apos;a été accueilli : une attestation n&apos;est délivrée qu&apos;aux personnes présentes.</source>
        <translation>Nobody has been checked in: an attendance certificate is only issued to people who attended.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="139"/>
        <source>Choisissez une session ou une demi-journée.</source>
        <translation>Choose a session or a half-day.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="140"/>
        <source>Aucune session cette demi-journée ({day}).</source>
        <translation>No sessions in this half-day ({day}).</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="152"/>
        <source>Le fichier est vide.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="153"/>
        <source>Le fichier est trop volumineux pour être importé.</source>
        <translation>The file is too large to import.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="154"/>
        <source>Ce fichier n&apos;est ni un CSV ni un classeur XLSX : {filename}. Exportez-le en CSV ou XLSX.</source>
        <translation>This file is neither a CSV file nor an XLSX workbook: {filename}. Export it as CSV or XLSX.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="165"/>
        <source>La correspondance de colonnes enregistrée est illisible.</source>
        <translation>The saved column mapping cannot be read.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="166"/>
        <source>L&apos;import comporte des problèmes bloquants : rien n&apos;a été enregistré.</source>
        <translation>The import has blocking problems: nothing has been saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="168"/>
        <source>Colonne obligatoire absente : {column}. Indiquez quelle colonne la contient.</source>
        <translation>Required column missing: {column}. Say which column contains it.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="170"/>
        <source>La correspondance ne correspond pas aux colonnes du fichier.</source>
        <translation>The mapping does not match the columns of the file.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="171"/>
        <source>adresse e-mail invalide « {value} » : ligne refusée.</source>
        <translation>invalid email address ‘{value}’: row rejected.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="172"/>
        <source>cellule beaucoup trop longue (« {value}… ») : ligne refusée.</source>
        <translation>cell far too long (‘{value}…’): row rejected.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="173"/>
        <source>cellule qui ressemble à une formule de tableur (« {value} ») : ligne refusée par sécurité.</source>
        <translation>cell that looks like a spreadsheet formula (‘{value}’): row rejected for safety.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="175"/>
        <source>nom ou prénom vide : ligne refusée.</source>
        <translation>empty surname or first name: row rejected.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="176"/>
        <source>nom trop long : ligne refusée.</source>
        <translation>name too long: row rejected.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="177"/>
        <source>session « {value} » introuvable dans cet événement : gardée comme réponse, sans inscription.</source>
        <translation>session ‘{value}’ not found in this event: kept as an answer, without registration.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="179"/>
        <source>« {value} » désigne plusieurs sessions : gardée comme réponse, sans inscription.</source>
        <translation>‘{value}’ matches several sessions: kept as an answer, without registration.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="181"/>
        <source>date illisible « {value} » : la date d&apos;import est utilisée.</source>
        <translation>unreadable date ‘{value}’: the import date is used.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="182"/>
        <source>{value} figure déjà plus haut : une seule inscription, les sessions s&apos;ajoutent.</source>
        <translation>{value} already appears further up: a single registration, with the sessions combined.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="194"/>
        <source>SIRET mal formé « {value} » : ignoré.</source>
        <translation>malformed SIRET ‘{value}’: ignored.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="195"/>
        <source>SIRET à la clé fausse « {value} » : ignoré.</source>
        <translation>SIRET with a wrong check digit ‘{value}’: ignored.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="196"/>
        <source>Personne introuvable.</source>
        <translation>Person not found.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="197"/>
        <source>Structure introuvable.</source>
        <translation>Organisation not found.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="198"/>
        <source>Une fiche ne peut pas être fusionnée avec elle-même.</source>
        <translation>A record cannot be merged with itself.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="199"/>
        <source>La durée de conservation n&apos;est pas écoulée : purge possible à partir du {until}.</source>
        <translation>The retention period has not elapsed: purging is possible from {until}.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="201"/>
        <source>Seule une entrée acceptée peut être annulée.</source>
        <translation>Only an accepted check-in can be undone.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="202"/>
        <source>Cette entrée a déjà été annulée.</source>
        <translation>This check-in has already been undone.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="203"/>
        <source>Ce passage n&apos;existe pas (ou plus) sur ce poste.</source>
        <translation>This check-in does not exist (or no longer exists) on this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="204"/>
        <source>Ce billet n&apos;existe pas sur ce poste.</source>
        <translation>This ticket does not exist on this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="205"/>
        <source>Ce poste n&apos;a pas d&apos;identité : rouvrez l&apos;espace de travail.</source>
        <translation>This computer has no identity: reopen the workspace.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="206"/>
        <source>Aucun code de billet libre n&apos;a été trouvé ; réessayez.</source>
        <translation>No free ticket code was found; try again.</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../desktop/pages/__init__.py" line="31"/>
        <source>Aujourd&apos;hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/__init__.py" line="32"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/__init__.py" line="33"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/__init__.py" line="35"/>
        <source>Personnes</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/__init__.py" line="37"/>
        <source>Structures</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/__init__.py" line="39"/>
        <source>Accueil</source>
        <translation>Check-in desk</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/__init__.py" line="40"/>
        <source>Échanges</source>
        <translation>Exchanges</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/__init__.py" line="41"/>
        <source>Impressions</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/__init__.py" line="42"/>
        <source>Synchronisation</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/__init__.py" line="43"/>
        <source>Rendez-vous</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/placeholder.py" line="17"/>
        <source>La page « {0} » arrive avec le ticket n° {1} : elle n&apos;est pas encore disponible dans cette version.</source>
        <translation>The ‘{0}’ page comes with ticket no. {1}: it is not available in this version yet.</translation>
    </message>
</context>
<context>
    <name>participants</name>
    <message>
        <location filename="../../desktop/pages/participants/table_model.py" line="34"/>
        <source>Nom</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/participants/table_model.py" line="35"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/participants/table_model.py" line="36"/>
        <source>Structure</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/participants/table_model.py" line="37"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/participants/table_model.py" line="38"/>
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/participants/table_model.py" line="39"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/participants/table_model.py" line="40"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/participants/table_model.py" line="41"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/participants/table_model.py" line="42"/>
        <source>Accueilli</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/participants/table_model.py" line="43"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="71"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="252"/>
        <source>Nom</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="253"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="254"/>
        <source>Structure</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="255"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="256"/>
        <source>Inscriptions</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="258"/>
        <source>Accueilli</source>
        <translation>Checked in</translation>
    </message>
</context>
<context>
    <name>print_jobs</name>
    <message>
        <location filename="../../desktop/printer_jobs.py" line="27"/>
        <source>imprimé</source>
        <translation>printed</translation>
    </message>
    <message>
        <location filename="../../desktop/printer_jobs.py" line="28"/>
        <source>envoyé à l&apos;imprimante (elle ne peut pas dire s&apos;il est sorti)</source>
        <translation>sent to the printer (it cannot tell whether it came out)</translation>
    </message>
    <message>
        <location filename="../../desktop/printer_jobs.py" line="30"/>
        <source>en cours d&apos;impression</source>
        <translation>printing</translation>
    </message>
    <message>
        <location filename="../../desktop/printer_jobs.py" line="31"/>
        <source>en attente dans la file de l&apos;imprimante</source>
        <translation>waiting in the printer&apos;s queue</translation>
    </message>
    <message>
        <location filename="../../desktop/printer_jobs.py" line="32"/>
        <source>en attente : l&apos;imprimante est en pause</source>
        <translation>waiting: the printer is paused</translation>
    </message>
    <message>
        <location filename="../../desktop/printer_jobs.py" line="33"/>
        <source>en attente : le travail est retenu dans la file</source>
        <translation>waiting: the job is held in the queue</translation>
    </message>
    <message>
        <location filename="../../desktop/printer_jobs.py" line="34"/>
        <source>en attente : l&apos;imprimante ne répond pas</source>
        <translation>waiting: the printer does not answer</translation>
    </message>
    <message>
        <location filename="../../desktop/printer_jobs.py" line="35"/>
        <source>bloqué : l&apos;imprimante n&apos;avance pas</source>
        <translation>stuck: the printer makes no progress</translation>
    </message>
    <message>
        <location filename="../../desktop/printer_jobs.py" line="36"/>
        <source>refusé par l&apos;imprimante</source>
        <translation>refused by the printer</translation>
    </message>
    <message>
        <location filename="../../desktop/printer_jobs.py" line="37"/>
        <source>annulé</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/printer_jobs.py" line="38"/>
        <source>échec de l&apos;impression</source>
        <translation>printing failed</translation>
    </message>
</context>
<context>
    <name>registrations</name>
    <message>
        <location filename="../../desktop/pages/registrations/actions.py" line="67"/>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>structures</name>
    <message>
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="359"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="360"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="361"/>
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="362"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="363"/>
        <source>Personnes</source>
        <translation>People</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../desktop/pages/sync/status.py" line="52"/>
        <source>État de la synchronisation (cliquer pour le détail)</source>
        <translation>Sync status (click for details)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/sync/reviews_model.py" line="18"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/sync/reviews_model.py" line="18"/>
        <source>Concerne</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/sync/reviews_model.py" line="19"/>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/sync/reviews_model.py" line="19"/>
        <source>Ma valeur</source>
        <translation>My value</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/sync/reviews_model.py" line="20"/>
        <source>Leur valeur</source>
        <translation>Their value</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/sync/reviews_model.py" line="31"/>
        <source>Double entrée</source>
        <translation>Double entry</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/sync/reviews_model.py" line="31"/>
        <source>Modifications concurrentes</source>
        <translation>Concurrent edits</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/sync/reviews_model.py" line="35"/>
        <source>entrée</source>
        <translation>entry</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/sync/reviews_model.py" line="37"/>
        <source>première entrée (retenue)</source>
        <translation>first entry (kept)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/sync/reviews_model.py" line="38"/>
        <source>entrée en double ({0})</source>
        <translation>duplicate entry ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/sync/page.py" line="45"/>
        <source>La synchronisation a échoué : vérifiez l&apos;adresse du serveur (postgresql://utilisateur@serveur/base) et le réseau, puis réessayez ; rien n&apos;est perdu sur ce poste. (Détail : {0})</source>
        <translation>Synchronisation failed: check the server&apos;s address (postgresql://user@server/database) and the network, then try again; nothing is lost on this device. (Detail: {0})</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/sync/controller.py" line="136"/>
        <source>jamais</source>
        <translation>never</translation>
    </message>
</context>
</TS>
