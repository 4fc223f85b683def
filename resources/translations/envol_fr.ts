<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>AgendaPage</name>
    <message numerus="yes">
        <location filename="../../desktop/pages/agenda/page.py" line="229"/>
        <source>Conflits : %n</source>
        <translation>
            <numerusform>Conflit : %Ln</numerusform>
            <numerusform>Conflits : %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeWords</name>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/actions.py" line="36"/>
        <source>Liste d&apos;attente pour %n session(s) complète(s).</source>
        <translation>
            <numerusform>Liste d&apos;attente pour %Ln session complète.</numerusform>
            <numerusform>Liste d&apos;attente pour %Ln sessions complètes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/actions.py" line="38"/>
        <source>%n personne(s) de la liste d&apos;attente a (ont) obtenu une place.</source>
        <translation>
            <numerusform>%Ln personne de la liste d&apos;attente a obtenu une place.</numerusform>
            <numerusform>%Ln personnes de la liste d&apos;attente ont obtenu une place.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryWords</name>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="201"/>
        <source>%n ligne(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="208"/>
        <source>Doublons probables : %n</source>
        <translation>
            <numerusform>Doublons probables : %Ln</numerusform>
            <numerusform>Doublons probables : %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicateEventDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/pages/agenda/event_dialog.py" line="209"/>
        <source>Les sessions seront décalées de %n jour(s), aux mêmes heures.</source>
        <translation>
            <numerusform>Les sessions seront décalées de %Ln jour, aux mêmes heures.</numerusform>
            <numerusform>Les sessions seront décalées de %Ln jours, aux mêmes heures.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/pages/exchanges/follow_up.py" line="49"/>
        <source>%n jour(s)</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <location filename="../../desktop/pages/home/page.py" line="228"/>
        <source>%n conflit(s) dans l&apos;agenda de l&apos;événement courant</source>
        <translation>
            <numerusform>%Ln conflit dans l&apos;agenda de l&apos;événement courant</numerusform>
            <numerusform>%Ln conflits dans l&apos;agenda de l&apos;événement courant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/home/page.py" line="231"/>
        <source>%n doublon(s) probable(s) de personnes à examiner</source>
        <translation>
            <numerusform>%Ln doublon probable de personnes à examiner</numerusform>
            <numerusform>%Ln doublons probables de personnes à examiner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/home/page.py" line="234"/>
        <source>%n structure(s) en double (même SIRET)</source>
        <translation>
            <numerusform>%Ln structure en double (même SIRET)</numerusform>
            <numerusform>%Ln structures en double (même SIRET)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/home/page.py" line="237"/>
        <source>%n conflit(s) ou double(s) entrée(s) apportés par la synchronisation</source>
        <translation>
            <numerusform>%Ln conflit ou double entrée apporté par la synchronisation</numerusform>
            <numerusform>%Ln conflits ou doubles entrées apportés par la synchronisation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/home/page.py" line="240"/>
        <source>%n changement(s) pas encore synchronisé(s)</source>
        <translation>
            <numerusform>%Ln changement pas encore synchronisé</numerusform>
            <numerusform>%Ln changements pas encore synchronisés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="279"/>
        <source>%n ligne(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="280"/>
        <source>%n refusée(s)</source>
        <translation>
            <numerusform>%Ln refusée</numerusform>
            <numerusform>%Ln refusées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="281"/>
        <source>%n nouvelle(s) personne(s)</source>
        <translation>
            <numerusform>%Ln nouvelle personne</numerusform>
            <numerusform>%Ln nouvelles personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="282"/>
        <source>%n déjà connue(s)</source>
        <translation>
            <numerusform>%Ln déjà connue</numerusform>
            <numerusform>%Ln déjà connues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="283"/>
        <source>%n nouvelle(s) structure(s)</source>
        <translation>
            <numerusform>%Ln nouvelle structure</numerusform>
            <numerusform>%Ln nouvelles structures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="284"/>
        <source>%n nouvelle(s) inscription(s)</source>
        <translation>
            <numerusform>%Ln nouvelle inscription</numerusform>
            <numerusform>%Ln nouvelles inscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="285"/>
        <source>%n déjà inscrite(s)</source>
        <translation>
            <numerusform>%Ln déjà inscrite</numerusform>
            <numerusform>%Ln déjà inscrites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="323"/>
        <source>%n inscription(s) créée(s)</source>
        <translation>
            <numerusform>%Ln inscription créée</numerusform>
            <numerusform>%Ln inscriptions créées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="325"/>
        <source>%n place(s) en session</source>
        <translation>
            <numerusform>%Ln place en session</numerusform>
            <numerusform>%Ln places en session</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="327"/>
        <source>%n personne(s)</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="328"/>
        <source>%n structure(s)</source>
        <translation>
            <numerusform>%Ln structure</numerusform>
            <numerusform>%Ln structures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="330"/>
        <source>Import partiel : %n ligne(s) refusée(s), listée(s) ci-dessous ; les autres sont enregistrées.</source>
        <translation>
            <numerusform>Import partiel : %Ln ligne refusée, listée ci-dessous ; les autres sont enregistrées.</numerusform>
            <numerusform>Import partiel : %Ln lignes refusées, listées ci-dessous ; les autres sont enregistrées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="333"/>
        <source>%n fusion(s) automatique(s) à vérifier dans la liste des doublons (Personnes).</source>
        <translation>
            <numerusform>%Ln fusion automatique à vérifier dans la liste des doublons (Personnes).</numerusform>
            <numerusform>%Ln fusions automatiques à vérifier dans la liste des doublons (Personnes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../desktop/main_window.py" line="176"/>
        <source>%n personne(s) encore attendue(s) aujourd&apos;hui</source>
        <translation>
            <numerusform>%Ln personne encore attendue aujourd&apos;hui</numerusform>
            <numerusform>%Ln personnes encore attendues aujourd&apos;hui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/main_window.py" line="177"/>
        <source>%n conflit(s)</source>
        <translation>
            <numerusform>%Ln conflit</numerusform>
            <numerusform>%Ln conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/main_window.py" line="179"/>
        <location filename="../../desktop/main_window.py" line="181"/>
        <source>%n doublon(s) à examiner</source>
        <translation>
            <numerusform>%Ln doublon à examiner</numerusform>
            <numerusform>%Ln doublons à examiner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/main_window.py" line="183"/>
        <source>%n conflit(s) ou double(s) entrée(s) à régler</source>
        <translation>
            <numerusform>%Ln conflit ou double entrée à régler</numerusform>
            <numerusform>%Ln conflits ou doubles entrées à régler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message numerus="yes">
        <location filename="../../desktop/pages/participants/page.py" line="95"/>
        <source>%n inscription(s)</source>
        <translation>
            <numerusform>%Ln inscription</numerusform>
            <numerusform>%Ln inscriptions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintingPage</name>
    <message numerus="yes">
        <location filename="../../desktop/pages/printing/page.py" line="340"/>
        <source>Mise en page de %n personne(s)…</source>
        <translation>
            <numerusform>Mise en page de %Ln personne…</numerusform>
            <numerusform>Mise en page de %Ln personnes…</numerusform>
        </translation>
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
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/printing/page.py" line="357"/>
        <source>%n badge(s) déjà imprimé(s)</source>
        <translation>
            <numerusform>%Ln badge déjà imprimé</numerusform>
            <numerusform>%Ln badges déjà imprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/printing/page.py" line="408"/>
        <source>%n badge(s) ont déjà été imprimés. Pourquoi les réimprimer ?</source>
        <translation>
            <numerusform>%Ln badge a déjà été imprimé. Pourquoi le réimprimer ?</numerusform>
            <numerusform>%Ln badges ont déjà été imprimés. Pourquoi les réimprimer ?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/purge_dialog.py" line="89"/>
        <source>%n personne(s) seront anonymisée(s)</source>
        <translation>
            <numerusform>%Ln personne sera anonymisée</numerusform>
            <numerusform>%Ln personnes seront anonymisées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/purge_dialog.py" line="90"/>
        <source>%n réponse(s) de formulaire supprimée(s) ;</source>
        <translation>
            <numerusform>%Ln réponse de formulaire supprimée ;</numerusform>
            <numerusform>%Ln réponses de formulaire supprimées ;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/purge_dialog.py" line="91"/>
        <source>%n personne(s) gardée(s) car inscrite(s) à un événement plus récent.</source>
        <translation>
            <numerusform>%Ln personne gardée car inscrite à un événement plus récent.</numerusform>
            <numerusform>%Ln personnes gardées car inscrites à un événement plus récent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/purge_dialog.py" line="102"/>
        <source>Anonymiser définitivement %n personne(s) ? Les autres postes le feront à leur prochaine synchronisation.</source>
        <translation>
            <numerusform>Anonymiser définitivement %Ln personne ? Les autres postes le feront à leur prochaine synchronisation.</numerusform>
            <numerusform>Anonymiser définitivement %Ln personnes ? Les autres postes le feront à leur prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/purge_dialog.py" line="117"/>
        <source>Purge faite : %n personne(s) anonymisée(s).</source>
        <translation>
            <numerusform>Purge faite : %Ln personne anonymisée.</numerusform>
            <numerusform>Purge faite : %Ln personnes anonymisées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/report_dialog.py" line="74"/>
        <source>%n personne(s) inscrite(s)</source>
        <translation>
            <numerusform>%Ln personne inscrite</numerusform>
            <numerusform>%Ln personnes inscrites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/report_dialog.py" line="75"/>
        <source>%n présente(s)</source>
        <translation>
            <numerusform>%Ln présente</numerusform>
            <numerusform>%Ln présentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/report_dialog.py" line="76"/>
        <source>%n structure(s) distincte(s)</source>
        <translation>
            <numerusform>%Ln structure distincte</numerusform>
            <numerusform>%Ln structures distinctes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/report_dialog.py" line="77"/>
        <source>%n nouvelle(s)</source>
        <translation>
            <numerusform>%Ln nouvelle</numerusform>
            <numerusform>%Ln nouvelles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/report_dialog.py" line="78"/>
        <source>%n déjà venue(s)</source>
        <translation>
            <numerusform>%Ln déjà venue</numerusform>
            <numerusform>%Ln déjà venues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message numerus="yes">
        <location filename="../../desktop/pages/sync/page.py" line="152"/>
        <source>Synchronisé : %n changement(s) envoyé(s)</source>
        <translation>
            <numerusform>Synchronisé : %Ln changement envoyé</numerusform>
            <numerusform>Synchronisé : %Ln changements envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/sync/page.py" line="153"/>
        <source>%n reçu(s).</source>
        <translation>
            <numerusform>%Ln reçu.</numerusform>
            <numerusform>%Ln reçus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/sync/page.py" line="239"/>
        <source>Fichier {0} : %n changement(s) reçu(s)</source>
        <translation>
            <numerusform>Fichier {0} : %Ln changement reçu</numerusform>
            <numerusform>Fichier {0} : %Ln changements reçus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/sync/page.py" line="240"/>
        <source>%n ajouté(s) au fichier.</source>
        <translation>
            <numerusform>%Ln ajouté au fichier.</numerusform>
            <numerusform>%Ln ajoutés au fichier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message numerus="yes">
        <location filename="../../desktop/pages/sync/status.py" line="24"/>
        <source>Hors ligne — %n changement(s) en attente</source>
        <translation>
            <numerusform>Hors ligne — %Ln changement en attente</numerusform>
            <numerusform>Hors ligne — %Ln changements en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/sync/status.py" line="28"/>
        <source>%n changement(s) en attente</source>
        <translation>
            <numerusform>%Ln changement en attente</numerusform>
            <numerusform>%Ln changements en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/sync/status.py" line="31"/>
        <source>Hors ligne (pas de serveur) — %n changement(s) en attente</source>
        <translation>
            <numerusform>Hors ligne (pas de serveur) — %Ln changement en attente</numerusform>
            <numerusform>Hors ligne (pas de serveur) — %Ln changements en attente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meetings</name>
    <message numerus="yes">
        <location filename="../../desktop/pages/meetings/words.py" line="64"/>
        <source>%n demande(s) non placée(s) — {0}.</source>
        <translation>
            <numerusform>%Ln demande non placée — {0}.</numerusform>
            <numerusform>%Ln demandes non placées — {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/meetings/words.py" line="82"/>
        <source>%n demande(s) ajoutée(s)</source>
        <translation>
            <numerusform>%Ln demande ajoutée</numerusform>
            <numerusform>%Ln demandes ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/meetings/words.py" line="83"/>
        <source>%n mise(s) à jour.</source>
        <translation>
            <numerusform>%Ln mise à jour.</numerusform>
            <numerusform>%Ln mises à jour.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message numerus="yes">
        <location filename="../../desktop/messages.py" line="111"/>
        <source>%n inscription(s) porte(nt) sur cette session : annulez-les avant de la supprimer.</source>
        <translation>
            <numerusform>%Ln inscription porte sur cette session : annulez-la avant de la supprimer.</numerusform>
            <numerusform>%Ln inscriptions portent sur cette session : annulez-les avant de la supprimer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/messages.py" line="113"/>
        <source>Cet événement a %n inscription(s) : il ne peut pas être supprimé.</source>
        <translation>
            <numerusform>Cet événement a %Ln inscription : il ne peut pas être supprimé.</numerusform>
            <numerusform>Cet événement a %Ln inscriptions : il ne peut pas être supprimé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/messages.py" line="114"/>
        <source>%n session(s) a (ont) lieu dans ce lieu : déplacez-les d&apos;abord.</source>
        <translation>
            <numerusform>%Ln session a lieu dans ce lieu : déplacez-la d&apos;abord.</numerusform>
            <numerusform>%Ln sessions ont lieu dans ce lieu : déplacez-les d&apos;abord.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/messages.py" line="115"/>
        <source>%n session(s) a (ont) lieu dans cette salle : déplacez-les d&apos;abord.</source>
        <translation>
            <numerusform>%Ln session a lieu dans cette salle : déplacez-la d&apos;abord.</numerusform>
            <numerusform>%Ln sessions ont lieu dans cette salle : déplacez-les d&apos;abord.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/messages.py" line="125"/>
        <source>« {first} » : {confirmed} inscriptions confirmées pour %n place(s).</source>
        <translation>
            <numerusform>« {first} » : {confirmed} inscriptions confirmées pour %Ln place.</numerusform>
            <numerusform>« {first} » : {confirmed} inscriptions confirmées pour %Ln places.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/messages.py" line="138"/>
        <source>%n badge(s) déjà imprimé(s) : indiquez la raison de la réimpression.</source>
        <translation>
            <numerusform>%Ln badge déjà imprimé : indiquez la raison de la réimpression.</numerusform>
            <numerusform>%Ln badges déjà imprimés : indiquez la raison de la réimpression.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/messages.py" line="211"/>
        <source>Code PIN incorrect. Trop d&apos;essais : attendez %n seconde(s) avant le prochain.</source>
        <translation>
            <numerusform>Code PIN incorrect. Trop d&apos;essais : attendez %Ln seconde avant le prochain.</numerusform>
            <numerusform>Code PIN incorrect. Trop d&apos;essais : attendez %Ln secondes avant le prochain.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/messages.py" line="213"/>
        <source>Trop d&apos;essais : attendez encore %n seconde(s) avant de saisir le code PIN.</source>
        <translation>
            <numerusform>Trop d&apos;essais : attendez encore %Ln seconde avant de saisir le code PIN.</numerusform>
            <numerusform>Trop d&apos;essais : attendez encore %Ln secondes avant de saisir le code PIN.</numerusform>
        </translation>
    </message>
</context>
</TS>
