<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>AgendaPage</name>
    <message numerus="yes">
        <location filename="../../desktop/pages/agenda/page.py" line="229"/>
        <source>Conflits : %n</source>
        <translation>
            <numerusform>Conflit : %n</numerusform>
            <numerusform>Conflits : %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeWords</name>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/actions.py" line="36"/>
        <source>Liste d&apos;attente pour %n session(s) complète(s).</source>
        <translation>
            <numerusform>Liste d&apos;attente pour %n session complète.</numerusform>
            <numerusform>Liste d&apos;attente pour %n sessions complètes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/actions.py" line="38"/>
        <source>%n personne(s) de la liste d&apos;attente a (ont) obtenu une place.</source>
        <translation>
            <numerusform>%n personne de la liste d&apos;attente a obtenu une place.</numerusform>
            <numerusform>%n personnes de la liste d&apos;attente ont obtenu une place.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryWords</name>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="201"/>
        <source>%n ligne(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/directory_pages.py" line="208"/>
        <source>Doublons probables : %n</source>
        <translation>
            <numerusform>Doublons probables : %n</numerusform>
            <numerusform>Doublons probables : %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicateEventDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/pages/agenda/event_dialog.py" line="209"/>
        <source>Les sessions seront décalées de %n jour(s), aux mêmes heures.</source>
        <translation>
            <numerusform>Les sessions seront décalées de %n jour, aux mêmes heures.</numerusform>
            <numerusform>Les sessions seront décalées de %n jours, aux mêmes heures.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/pages/exchanges/follow_up.py" line="49"/>
        <source>%n jour(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <location filename="../../desktop/pages/home/page.py" line="226"/>
        <source>%n conflit(s) dans l&apos;agenda de l&apos;événement courant</source>
        <translation>
            <numerusform>%n conflit dans l&apos;agenda de l&apos;événement courant</numerusform>
            <numerusform>%n conflits dans l&apos;agenda de l&apos;événement courant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/home/page.py" line="229"/>
        <source>%n doublon(s) probable(s) de personnes à examiner</source>
        <translation>
            <numerusform>%n doublon probable de personnes à examiner</numerusform>
            <numerusform>%n doublons probables de personnes à examiner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/home/page.py" line="232"/>
        <source>%n structure(s) en double (même SIRET)</source>
        <translation>
            <numerusform>%n structure en double (même SIRET)</numerusform>
            <numerusform>%n structures en double (même SIRET)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/home/page.py" line="235"/>
        <source>%n conflit(s) ou double(s) entrée(s) apportés par la synchronisation</source>
        <translation>
            <numerusform>%n conflit ou double entrée apporté par la synchronisation</numerusform>
            <numerusform>%n conflits ou doubles entrées apportés par la synchronisation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/home/page.py" line="238"/>
        <source>%n changement(s) pas encore synchronisé(s)</source>
        <translation>
            <numerusform>%n changement pas encore synchronisé</numerusform>
            <numerusform>%n changements pas encore synchronisés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="279"/>
        <source>%n ligne(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="280"/>
        <source>%n refusée(s)</source>
        <translation>
            <numerusform>%n refusée</numerusform>
            <numerusform>%n refusées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="281"/>
        <source>%n nouvelle(s) personne(s)</source>
        <translation>
            <numerusform>%n nouvelle personne</numerusform>
            <numerusform>%n nouvelles personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="282"/>
        <source>%n déjà connue(s)</source>
        <translation>
            <numerusform>%n déjà connue</numerusform>
            <numerusform>%n déjà connues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="283"/>
        <source>%n nouvelle(s) structure(s)</source>
        <translation>
            <numerusform>%n nouvelle structure</numerusform>
            <numerusform>%n nouvelles structures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="284"/>
        <source>%n nouvelle(s) inscription(s)</source>
        <translation>
            <numerusform>%n nouvelle inscription</numerusform>
            <numerusform>%n nouvelles inscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="285"/>
        <source>%n déjà inscrite(s)</source>
        <translation>
            <numerusform>%n déjà inscrite</numerusform>
            <numerusform>%n déjà inscrites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="323"/>
        <source>%n inscription(s) créée(s)</source>
        <translation>
            <numerusform>%n inscription créée</numerusform>
            <numerusform>%n inscriptions créées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="325"/>
        <source>%n place(s) en session</source>
        <translation>
            <numerusform>%n place en session</numerusform>
            <numerusform>%n places en session</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="327"/>
        <source>%n personne(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="328"/>
        <source>%n structure(s)</source>
        <translation>
            <numerusform>%n structure</numerusform>
            <numerusform>%n structures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="330"/>
        <source>Import partiel : %n ligne(s) refusée(s), listée(s) ci-dessous ; les autres sont enregistrées.</source>
        <translation>
            <numerusform>Import partiel : %n ligne refusée, listée ci-dessous ; les autres sont enregistrées.</numerusform>
            <numerusform>Import partiel : %n lignes refusées, listées ci-dessous ; les autres sont enregistrées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/import_dialog.py" line="333"/>
        <source>%n fusion(s) automatique(s) à vérifier dans la liste des doublons (Personnes).</source>
        <translation>
            <numerusform>%n fusion automatique à vérifier dans la liste des doublons (Personnes).</numerusform>
            <numerusform>%n fusions automatiques à vérifier dans la liste des doublons (Personnes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../desktop/main_window.py" line="176"/>
        <source>%n personne(s) encore attendue(s) aujourd&apos;hui</source>
        <translation>
            <numerusform>%n personne encore attendue aujourd&apos;hui</numerusform>
            <numerusform>%n personnes encore attendues aujourd&apos;hui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/main_window.py" line="177"/>
        <source>%n conflit(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/main_window.py" line="179"/>
        <location filename="../../desktop/main_window.py" line="181"/>
        <source>%n doublon(s) à examiner</source>
        <translation>
            <numerusform>%n doublon à examiner</numerusform>
            <numerusform>%n doublons à examiner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/main_window.py" line="183"/>
        <source>%n conflit(s) ou double(s) entrée(s) à régler</source>
        <translation>
            <numerusform>%n conflit ou double entrée à régler</numerusform>
            <numerusform>%n conflits ou doubles entrées à régler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message numerus="yes">
        <location filename="../../desktop/pages/participants/page.py" line="95"/>
        <source>%n inscription(s)</source>
        <translation>
            <numerusform>%n inscription</numerusform>
            <numerusform>%n inscriptions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintingPage</name>
    <message numerus="yes">
        <location filename="../../desktop/pages/printing/page.py" line="340"/>
        <source>Mise en page de %n personne(s)…</source>
        <translation>
            <numerusform>Mise en page de %n personne…</numerusform>
            <numerusform>Mise en page de %n personnes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/printing/page.py" line="353"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/printing/page.py" line="353"/>
        <source>%n personne(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/printing/page.py" line="357"/>
        <source>%n badge(s) déjà imprimé(s)</source>
        <translation>
            <numerusform>%n badge déjà imprimé</numerusform>
            <numerusform>%n badges déjà imprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/printing/page.py" line="408"/>
        <source>%n badge(s) ont déjà été imprimés. Pourquoi les réimprimer ?</source>
        <translation>
            <numerusform>%n badge a déjà été imprimé. Pourquoi le réimprimer ?</numerusform>
            <numerusform>%n badges ont déjà été imprimés. Pourquoi les réimprimer ?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/purge_dialog.py" line="89"/>
        <source>%n personne(s) seront anonymisée(s)</source>
        <translation>
            <numerusform>%n personne sera anonymisée</numerusform>
            <numerusform>%n personnes seront anonymisées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/purge_dialog.py" line="90"/>
        <source>%n réponse(s) de formulaire supprimée(s) ;</source>
        <translation>
            <numerusform>%n réponse de formulaire supprimée ;</numerusform>
            <numerusform>%n réponses de formulaire supprimées ;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/purge_dialog.py" line="91"/>
        <source>%n personne(s) gardée(s) car inscrite(s) à un événement plus récent.</source>
        <translation>
            <numerusform>%n personne gardée car inscrite à un événement plus récent.</numerusform>
            <numerusform>%n personnes gardées car inscrites à un événement plus récent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/purge_dialog.py" line="102"/>
        <source>Anonymiser définitivement %n personne(s) ? Les autres postes le feront à leur prochaine synchronisation.</source>
        <translation>
            <numerusform>Anonymiser définitivement %n personne ? Les autres postes le feront à leur prochaine synchronisation.</numerusform>
            <numerusform>Anonymiser définitivement %n personnes ? Les autres postes le feront à leur prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/purge_dialog.py" line="117"/>
        <source>Purge faite : %n personne(s) anonymisée(s).</source>
        <translation>
            <numerusform>Purge faite : %n personne anonymisée.</numerusform>
            <numerusform>Purge faite : %n personnes anonymisées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/report_dialog.py" line="74"/>
        <source>%n personne(s) inscrite(s)</source>
        <translation>
            <numerusform>%n personne inscrite</numerusform>
            <numerusform>%n personnes inscrites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/report_dialog.py" line="75"/>
        <source>%n présente(s)</source>
        <translation>
            <numerusform>%n présente</numerusform>
            <numerusform>%n présentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/report_dialog.py" line="76"/>
        <source>%n structure(s) distincte(s)</source>
        <translation>
            <numerusform>%n structure distincte</numerusform>
            <numerusform>%n structures distinctes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/report_dialog.py" line="77"/>
        <source>%n nouvelle(s)</source>
        <translation>
            <numerusform>%n nouvelle</numerusform>
            <numerusform>%n nouvelles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/registrations/report_dialog.py" line="78"/>
        <source>%n déjà venue(s)</source>
        <translation>
            <numerusform>%n déjà venue</numerusform>
            <numerusform>%n déjà venues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message numerus="yes">
        <location filename="../../desktop/pages/sync/page.py" line="152"/>
        <source>Synchronisé : %n changement(s) envoyé(s)</source>
        <translation>
            <numerusform>Synchronisé : %n changement envoyé</numerusform>
            <numerusform>Synchronisé : %n changements envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/sync/page.py" line="153"/>
        <source>%n reçu(s).</source>
        <translation>
            <numerusform>%n reçu.</numerusform>
            <numerusform>%n reçus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/sync/page.py" line="239"/>
        <source>Fichier {0} : %n changement(s) reçu(s)</source>
        <translation>
            <numerusform>Fichier {0} : %n changement reçu</numerusform>
            <numerusform>Fichier {0} : %n changements reçus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/sync/page.py" line="240"/>
        <source>%n ajouté(s) au fichier.</source>
        <translation>
            <numerusform>%n ajouté au fichier.</numerusform>
            <numerusform>%n ajoutés au fichier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message numerus="yes">
        <location filename="../../desktop/pages/sync/status.py" line="24"/>
        <source>Hors ligne — %n changement(s) en attente</source>
        <translation>
            <numerusform>Hors ligne — %n changement en attente</numerusform>
            <numerusform>Hors ligne — %n changements en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/sync/status.py" line="28"/>
        <source>%n changement(s) en attente</source>
        <translation>
            <numerusform>%n changement en attente</numerusform>
            <numerusform>%n changements en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/sync/status.py" line="31"/>
        <source>Hors ligne (pas de serveur) — %n changement(s) en attente</source>
        <translation>
            <numerusform>Hors ligne (pas de serveur) — %n changement en attente</numerusform>
            <numerusform>Hors ligne (pas de serveur) — %n changements en attente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meetings</name>
    <message numerus="yes">
        <location filename="../../desktop/pages/meetings/words.py" line="64"/>
        <source>%n demande(s) non placée(s) — {0}.</source>
        <translation>
            <numerusform>%n demande non placée — {0}.</numerusform>
            <numerusform>%n demandes non placées — {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/meetings/words.py" line="82"/>
        <source>%n demande(s) ajoutée(s)</source>
        <translation>
            <numerusform>%n demande ajoutée</numerusform>
            <numerusform>%n demandes ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/meetings/words.py" line="83"/>
        <source>%n mise(s) à jour.</source>
        <translation>
            <numerusform>%n mise à jour.</numerusform>
            <numerusform>%n mises à jour.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message numerus="yes">
        <location filename="../../desktop/messages.py" line="111"/>
        <source>%n inscription(s) porte(nt) sur cette session : annulez-les avant de la supprimer.</source>
        <translation>
            <numerusform>%n inscription porte sur cette session : annulez-la avant de la supprimer.</numerusform>
            <numerusform>%n inscriptions portent sur cette session : annulez-les avant de la supprimer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/messages.py" line="113"/>
        <source>Cet événement a %n inscription(s) : il ne peut pas être supprimé.</source>
        <translation>
            <numerusform>Cet événement a %n inscription : il ne peut pas être supprimé.</numerusform>
            <numerusform>Cet événement a %n inscriptions : il ne peut pas être supprimé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/messages.py" line="114"/>
        <source>%n session(s) a (ont) lieu dans ce lieu : déplacez-les d&apos;abord.</source>
        <translation>
            <numerusform>%n session a lieu dans ce lieu : déplacez-la d&apos;abord.</numerusform>
            <numerusform>%n sessions ont lieu dans ce lieu : déplacez-les d&apos;abord.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/messages.py" line="115"/>
        <source>%n session(s) a (ont) lieu dans cette salle : déplacez-les d&apos;abord.</source>
        <translation>
            <numerusform>%n session a lieu dans cette salle : déplacez-la d&apos;abord.</numerusform>
            <numerusform>%n sessions ont lieu dans cette salle : déplacez-les d&apos;abord.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/messages.py" line="125"/>
        <source>« {first} » : {confirmed} inscriptions confirmées pour %n place(s).</source>
        <translation>
            <numerusform>« {first} » : {confirmed} inscriptions confirmées pour %n place.</numerusform>
            <numerusform>« {first} » : {confirmed} inscriptions confirmées pour %n places.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/messages.py" line="138"/>
        <source>%n badge(s) déjà imprimé(s) : indiquez la raison de la réimpression.</source>
        <translation>
            <numerusform>%n badge déjà imprimé : indiquez la raison de la réimpression.</numerusform>
            <numerusform>%n badges déjà imprimés : indiquez la raison de la réimpression.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/messages.py" line="211"/>
        <source>Code PIN incorrect. Trop d&apos;essais : attendez %n seconde(s) avant le prochain.</source>
        <translation>
            <numerusform>Code PIN incorrect. Trop d&apos;essais : attendez %n seconde avant le prochain.</numerusform>
            <numerusform>Code PIN incorrect. Trop d&apos;essais : attendez %n secondes avant le prochain.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/messages.py" line="213"/>
        <source>Trop d&apos;essais : attendez encore %n seconde(s) avant de saisir le code PIN.</source>
        <translation>
            <numerusform>Trop d&apos;essais : attendez encore %n seconde avant de saisir le code PIN.</numerusform>
            <numerusform>Trop d&apos;essais : attendez encore %n secondes avant de saisir le code PIN.</numerusform>
        </translation>
    </message>
</context>
</TS>
