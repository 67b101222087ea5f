<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail (newest first)</source>
        <translation>Piste d&apos;audit (plus récent en premier)</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Ward dashboard</source>
        <translation>Tableau de bord du service</translation>
    </message>
    <message>
        <source>Nothing is due. Open a patient from the list on the left.</source>
        <translation>Rien n&apos;est en attente. Ouvrez un patient dans la liste à gauche.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export trial data</source>
        <translation>Exporter les données de l&apos;étude</translation>
    </message>
    <message>
        <source>Pseudonymised: patients appear by subject or screening number only, with their age. No name, hospital number, date of birth or wristband code leaves the ward.</source>
        <translation>Pseudonymisé : les patients n&apos;apparaissent que par leur numéro de sujet ou de sélection, avec leur âge. Aucun nom, numéro hospitalier, date de naissance ni code de bracelet ne quitte le service.</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Choose the folder that will receive the export</source>
        <translation>Choisissez le dossier qui recevra l&apos;export</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Choisir le dossier…</translation>
    </message>
    <message>
        <source>Identified export (names, hospital numbers, dates of birth) — administrator only</source>
        <translation>Export identifiant (noms, numéros hospitaliers, dates de naissance) — administrateur uniquement</translation>
    </message>
    <message>
        <source>This export contains direct identifiers. Its folder name says IDENTIFIED. Keep it on the hospital network only.</source>
        <translation>Cet export contient des identifiants directs. Le nom de son dossier contient IDENTIFIED. Conservez-le uniquement sur le réseau de l&apos;hôpital.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Folder for the export</source>
        <translation>Dossier de l&apos;export</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Export written: {count} files in {folder}</source>
        <translation>Export écrit : {count} fichiers dans {folder}</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Bedside — first-run set-up</source>
        <translation>Bedside — première configuration</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History — {what}</source>
        <translation>Historique — {what}</translation>
    </message>
    <message>
        <source>Every version is kept. Newest first.</source>
        <translation>Chaque version est conservée. Plus récente en premier.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>(not signed in)</source>
        <translation>(non connecté)</translation>
    </message>
</context>
<context>
    <name>IdentityTab</name>
    <message>
        <source>Correct identity data…</source>
        <translation>Corriger les données d&apos;identité…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Hospital no. (MRN)</source>
        <translation>N° hospitalier (MRN)</translation>
    </message>
    <message>
        <source>Wristband</source>
        <translation>Bracelet</translation>
    </message>
    <message>
        <source>Screening no.</source>
        <translation>N° de sélection</translation>
    </message>
    <message>
        <source>Study subject id</source>
        <translation>N° de sujet de l&apos;étude</translation>
    </message>
    <message>
        <source>not included yet</source>
        <translation>pas encore inclus</translation>
    </message>
    <message>
        <source>Record version</source>
        <translation>Version de l&apos;enregistrement</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Bedside — sign in</source>
        <translation>Bedside — connexion</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Screen locked. {user}, sign in again to return to your unfinished work; another person may sign in instead.</source>
        <translation>Écran verrouillé. {user}, reconnectez-vous pour retrouver votre travail en cours ; une autre personne peut aussi se connecter.</translation>
    </message>
    <message>
        <source>Demonstration vault with fictitious patients. Users: nurse, investigator, datamanager, admin — password: bedside-demo</source>
        <translation>Coffre de démonstration avec des patients fictifs. Utilisateurs : nurse, investigator, datamanager, admin — mot de passe : bedside-demo</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Saisissez votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Bedside — TJT2012</source>
        <translation>Bedside — TJT2012</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Lock screen</source>
        <translation>Verrouiller l&apos;écran</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Changer d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Comptes du personnel</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Piste d&apos;audit</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Exporter les données</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>Connecté : {name} ({role})</translation>
    </message>
    <message>
        <source>Vault: encrypted, unlocked</source>
        <translation>Coffre : chiffré, déverrouillé</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>Personne n&apos;est connecté</translation>
    </message>
    <message>
        <source>Vault: encrypted, locked</source>
        <translation>Coffre : chiffré, verrouillé</translation>
    </message>
</context>
<context>
    <name>PatientBanner</name>
    <message>
        <source>{age} y · {sex} · {weight} kg · {height} cm · MRN {mrn} · wristband {wb}</source>
        <translation>{age} ans · {sex} · {weight} kg · {height} cm · MRN {mrn} · bracelet {wb}</translation>
    </message>
</context>
<context>
    <name>PatientFormDialog</name>
    <message>
        <source>New patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <source>Correct patient data</source>
        <translation>Corriger les données du patient</translation>
    </message>
    <message>
        <source>Hospital no. (MRN)</source>
        <translation>N° hospitalier (MRN)</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Poids (kg)</translation>
    </message>
    <message>
        <source>drives the dose</source>
        <translation>détermine la dose</translation>
    </message>
    <message>
        <source>Height (cm)</source>
        <translation>Taille (cm)</translation>
    </message>
    <message>
        <source>Wristband code</source>
        <translation>Code du bracelet</translation>
    </message>
    <message>
        <source>scan or type; blank = MRN</source>
        <translation>scanner ou saisir ; vide = MRN</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Reason for correction</source>
        <translation>Motif de la correction</translation>
    </message>
</context>
<context>
    <name>PatientListWidget</name>
    <message>
        <source>Search name, study no. or hospital no. (or scan the wristband)</source>
        <translation>Nom, n° ou bracelet (scanner)</translation>
    </message>
    <message>
        <source>+ New patient</source>
        <translation>+ Nouveau patient</translation>
    </message>
    <message>
        <source>{n} patient(s)</source>
        <translation>{n} patient(s)</translation>
    </message>
</context>
<context>
    <name>PatientTableModel</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Hospital no.</source>
        <translation>N° hospitalier</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
</context>
<context>
    <name>PatientView</name>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
</context>
<context>
    <name>ResolveConflictDialog</name>
    <message>
        <source>Resolve a sync conflict</source>
        <translation>Résoudre un conflit de synchronisation</translation>
    </message>
    <message>
        <source>This {kind} was changed on two PCs at the same time. Choose, for each line, the value to keep.</source>
        <translation>Cet enregistrement ({kind}) a été modifié sur deux PC en même temps. Choisissez, pour chaque ligne, la valeur à garder.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Version {letter}
{author} · {pc}
{when} UTC</source>
        <translation>Version {letter}
{author} · {pc}
{when} UTC</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motif : {reason}</translation>
    </message>
    <message>
        <source>Keep version {letter} entirely</source>
        <translation>Garder toute la version {letter}</translation>
    </message>
    <message>
        <source>Why this choice? (required)</source>
        <translation>Pourquoi ce choix ? (obligatoire)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save resolution</source>
        <translation>Enregistrer la résolution</translation>
    </message>
    <message>
        <source>Choose a value on every red line.</source>
        <translation>Choisissez une valeur sur chaque ligne en rouge.</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>Indiquez un motif.</translation>
    </message>
</context>
<context>
    <name>SyncConflictsSection</name>
    <message>
        <source>Sync conflicts to resolve</source>
        <translation>Conflits de synchronisation à résoudre</translation>
    </message>
    <message>
        <source>{kind} changed on two PCs: {fields} — open Sync to resolve</source>
        <translation>{kind} modifié sur deux PC : {fields} — ouvrir la synchro pour résoudre</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Sync with the ward server</source>
        <translation>Synchronisation avec le serveur du service</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Server and enrollment</source>
        <translation>Serveur et inscription</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Server: {server} · This PC: {name} · Waiting to be sent: {unsent} · Refused by the server: {rejected}</source>
        <translation>Serveur : {server} · Ce PC : {name} · En attente d'envoi : {unsent} · Refusés par le serveur : {rejected}</translation>
    </message>
    <message>
        <source>The server reports that this PC's history differs from what it received before (restored from an old copy, or altered). Nothing was overwritten. Tell the data manager.</source>
        <translation>Le serveur signale que l'historique de ce PC diffère de ce qu'il avait reçu (restauré depuis une ancienne copie, ou modifié). Rien n'a été écrasé. Prévenez le gestionnaire de données.</translation>
    </message>
    <message>
        <source>The server refused this PC ({code}). An administrator must enroll it again.</source>
        <translation>Le serveur a refusé ce PC ({code}). Un administrateur doit l'inscrire à nouveau.</translation>
    </message>
    <message>
        <source>The same record was corrected on two PCs while they were offline. Both versions are kept; an investigator chooses one or merges them.</source>
        <translation>Le même enregistrement a été corrigé sur deux PC hors ligne. Les deux versions sont conservées ; un investigateur choisit l'une ou les fusionne.</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>Champs différents</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Aucun conflit.</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Résoudre…</translation>
    </message>
    <message>
        <source>An investigator resolves conflicts.</source>
        <translation>Un investigateur résout les conflits.</translation>
    </message>
    <message>
        <source>Enroll this PC with the ward server</source>
        <translation>Inscrire ce PC auprès du serveur du service</translation>
    </message>
    <message>
        <source>Paste the site certificate (ca.pem) here</source>
        <translation>Collez ici le certificat du site (ca.pem)</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Name of this PC</source>
        <translation>Nom de ce PC</translation>
    </message>
    <message>
        <source>One-time enrollment code</source>
        <translation>Code d'inscription à usage unique</translation>
    </message>
    <message>
        <source>Site certificate</source>
        <translation>Certificat du site</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Inscrire</translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation>Connexion au serveur…</translation>
    </message>
    <message>
        <source>Enrolled. This PC now syncs with the server.</source>
        <translation>Inscrit. Ce PC se synchronise maintenant avec le serveur.</translation>
    </message>
    <message>
        <source>The server refused the code (unknown, already used or expired).</source>
        <translation>Le serveur a refusé le code (inconnu, déjà utilisé ou expiré).</translation>
    </message>
    <message>
        <source>The server cannot be reached, or its certificate is not the site's.</source>
        <translation>Le serveur est injoignable, ou son certificat n'est pas celui du site.</translation>
    </message>
    <message>
        <source>Forget this server</source>
        <translation>Oublier ce serveur</translation>
    </message>
    <message>
        <source>This PC no longer syncs. Enroll it again with a new code.</source>
        <translation>Ce PC ne se synchronise plus. Inscrivez-le à nouveau avec un nouveau code.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync: not set up</source>
        <translation>Synchro : non configurée</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Synced at {time}</source>
        <translation>Synchronisé à {time}</translation>
    </message>
    <message>
        <source>Sync refused by the server</source>
        <translation>Synchro refusée par le serveur</translation>
    </message>
    <message>
        <source>Sync error — will retry</source>
        <translation>Erreur de synchro — nouvel essai bientôt</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>{n} to send</source>
        <translation>{n} à envoyer</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 conflit</translation>
    </message>
    <message>
        <source>{n} conflicts</source>
        <translation>{n} conflits</translation>
    </message>
</context>
<context>
    <name>SyncStatusItem</name>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Staff accounts</source>
        <translation>Comptes du personnel</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Printed name</source>
        <translation>Nom en toutes lettres</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Ajouter le compte</translation>
    </message>
    <message>
        <source>Give selected the role above</source>
        <translation>Donner au compte sélectionné le rôle ci-dessus</translation>
    </message>
    <message>
        <source>Reset selected&apos;s password to the one above</source>
        <translation>Remplacer le mot de passe du compte sélectionné par celui ci-dessus</translation>
    </message>
    <message>
        <source>Revoke selected</source>
        <translation>Révoquer le compte sélectionné</translation>
    </message>
    <message>
        <source>Select an account in the list first.</source>
        <translation>Sélectionnez d&apos;abord un compte dans la liste.</translation>
    </message>
    <message>
        <source>Revoke account</source>
        <translation>Révoquer le compte</translation>
    </message>
    <message>
        <source>Revoke {who}? They will no longer be able to sign in. What they recorded stays.</source>
        <translation>Révoquer {who} ? Cette personne ne pourra plus se connecter. Ce qu&apos;elle a enregistré est conservé.</translation>
    </message>
</context>
<context>
    <name>_AdminPage</name>
    <message>
        <source>First administrator</source>
        <translation>Premier administrateur</translation>
    </message>
    <message>
        <source>The administrator creates staff accounts. Choose a password of at least 8 characters.</source>
        <translation>L&apos;administrateur crée les comptes du personnel. Choisissez un mot de passe d&apos;au moins 8 caractères.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Printed name</source>
        <translation>Nom en toutes lettres</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
</context>
<context>
    <name>_RecoveryPage</name>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>If every password is lost, only this code opens the vault. Write it down or print it now and lock it away. It is shown only once.</source>
        <translation>Si tous les mots de passe sont perdus, seul ce code ouvre le coffre. Notez-le ou imprimez-le maintenant et mettez-le sous clé. Il n&apos;est affiché qu&apos;une seule fois.</translation>
    </message>
    <message>
        <source>I have written down the recovery code and stored it safely</source>
        <translation>J&apos;ai noté le code de récupération et je l&apos;ai rangé en lieu sûr</translation>
    </message>
</context>
<context>
    <name>_SitePage</name>
    <message>
        <source>Welcome to Bedside</source>
        <translation>Bienvenue dans Bedside</translation>
    </message>
    <message>
        <source>This workstation has no vault yet. Set it up once; nurses and investigators then sign in with their own accounts.</source>
        <translation>Ce poste n&apos;a pas encore de coffre. Configurez-le une fois ; les infirmiers et les investigateurs se connectent ensuite avec leur propre compte.</translation>
    </message>
    <message>
        <source>e.g. CHU de Liège — Soins intensifs</source>
        <translation>p. ex. CHU de Liège — Soins intensifs</translation>
    </message>
    <message>
        <source>e.g. USI-PC-3 (bed 12)</source>
        <translation>p. ex. USI-PC-3 (lit 12)</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Nom du site</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>Ce poste de travail</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>CSV per form and data dictionary</source>
        <translation>CSV par formulaire et dictionnaire de données</translation>
    </message>
    <message>
        <source>CDISC ODM 1.3.2 (clinical data, audit trail, signatures)</source>
        <translation>CDISC ODM 1.3.2 (données cliniques, piste d&apos;audit, signatures)</translation>
    </message>
    <message>
        <source>HL7 FHIR R4 bundle</source>
        <translation>Bundle HL7 FHIR R4</translation>
    </message>
    <message>
        <source>Screening log and CONSORT counts</source>
        <translation>Registre de sélection et effectifs CONSORT</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Une erreur s&apos;est produite.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Cette valeur n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow this action: {action}.</source>
        <translation>Votre rôle ({role}) ne permet pas cette action : {action}.</translation>
    </message>
    <message>
        <source>Unknown user or wrong password.</source>
        <translation>Utilisateur inconnu ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in {seconds} seconds.</source>
        <translation>Trop de tentatives échouées. Réessayez dans {seconds} secondes.</translation>
    </message>
    <message>
        <source>The vault failed its integrity check and may have been tampered with: {detail}</source>
        <translation>Le coffre a échoué au contrôle d&apos;intégrité et a peut-être été altéré : {detail}</translation>
    </message>
    <message>
        <source>The vault file is damaged or incomplete and cannot be opened: {detail}</source>
        <translation>Le fichier du coffre est endommagé ou incomplet et ne peut pas être ouvert : {detail}</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Bedside ({found}). Install that version or newer to open it.</source>
        <translation>Ce coffre a été écrit par une version plus récente de Bedside ({found}). Installez cette version ou une plus récente pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>No vault found in {path}.</source>
        <translation>Aucun coffre trouvé dans {path}.</translation>
    </message>
    <message>
        <source>A vault already exists in {path}.</source>
        <translation>Un coffre existe déjà dans {path}.</translation>
    </message>
    <message>
        <source>The vault is locked. Sign in again to continue.</source>
        <translation>Le coffre est verrouillé. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>No {what} found with this identifier.</source>
        <translation>Aucun élément ({what}) trouvé avec cet identifiant.</translation>
    </message>
    <message>
        <source>This record was changed elsewhere in the meantime; reload it and try again.</source>
        <translation>Cet enregistrement a été modifié ailleurs entre-temps ; rechargez-le et réessayez.</translation>
    </message>
    <message>
        <source>The export could not be written: {detail}</source>
        <translation>L&apos;export n&apos;a pas pu être écrit : {detail}</translation>
    </message>
    <message>
        <source>Choose at least one export format.</source>
        <translation>Choisissez au moins un format d&apos;export.</translation>
    </message>
    <message>
        <source>Choose an existing folder you are allowed to write to.</source>
        <translation>Choisissez un dossier existant dans lequel vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Saisissez un nombre.</translation>
    </message>
    <message>
        <source>The hospital number is 3 to 20 letters, digits or dashes.</source>
        <translation>Le numéro hospitalier comporte de 3 à 20 lettres, chiffres ou tirets.</translation>
    </message>
    <message>
        <source>Enter the family name.</source>
        <translation>Saisissez le nom de famille.</translation>
    </message>
    <message>
        <source>Enter the given name.</source>
        <translation>Saisissez le prénom.</translation>
    </message>
    <message>
        <source>Enter the date of birth as a date (year-month-day).</source>
        <translation>Saisissez la date de naissance sous forme de date (année-mois-jour).</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>La date de naissance ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The date of birth is before 1900; check the year.</source>
        <translation>La date de naissance est antérieure à 1900 ; vérifiez l&apos;année.</translation>
    </message>
    <message>
        <source>Choose the sex: F or M.</source>
        <translation>Choisissez le sexe : F ou M.</translation>
    </message>
    <message>
        <source>Weight must be between {low} and {high} kg.</source>
        <translation>Le poids doit être compris entre {low} et {high} kg.</translation>
    </message>
    <message>
        <source>Height must be between {low} and {high} cm.</source>
        <translation>La taille doit être comprise entre {low} et {high} cm.</translation>
    </message>
    <message>
        <source>The wristband code is 3 to 40 letters, digits or dashes.</source>
        <translation>Le code du bracelet comporte de 3 à 40 lettres, chiffres ou tirets.</translation>
    </message>
    <message>
        <source>A patient with this hospital number is already registered.</source>
        <translation>Un patient avec ce numéro hospitalier est déjà enregistré.</translation>
    </message>
    <message>
        <source>This wristband code already belongs to another patient.</source>
        <translation>Ce code de bracelet appartient déjà à un autre patient.</translation>
    </message>
    <message>
        <source>A record must be a set of named fields.</source>
        <translation>Un enregistrement doit être un ensemble de champs nommés.</translation>
    </message>
    <message>
        <source>A record holds a value that cannot be stored (only text, numbers, yes/no, lists and named fields can).</source>
        <translation>Un enregistrement contient une valeur impossible à stocker (seuls le texte, les nombres, oui/non, les listes et les champs nommés le sont).</translation>
    </message>
    <message>
        <source>A correction needs a reason.</source>
        <translation>Une correction doit être motivée.</translation>
    </message>
    <message>
        <source>Nothing was changed, so there is nothing to save.</source>
        <translation>Rien n&apos;a été modifié : il n&apos;y a rien à enregistrer.</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Infirmier·ère</translation>
    </message>
    <message>
        <source>Investigator</source>
        <translation>Investigateur</translation>
    </message>
    <message>
        <source>Data manager</source>
        <translation>Gestionnaire de données</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>eligibility confirmed</source>
        <translation>éligibilité confirmée</translation>
    </message>
    <message>
        <source>consent obtained</source>
        <translation>consentement obtenu</translation>
    </message>
    <message>
        <source>capacity assessed</source>
        <translation>capacité évaluée</translation>
    </message>
    <message>
        <source>adverse event reviewed</source>
        <translation>événement indésirable revu</translation>
    </message>
    <message>
        <source>override approved</source>
        <translation>dérogation approuvée</translation>
    </message>
    <message>
        <source>conflict resolved</source>
        <translation>conflit résolu</translation>
    </message>
    <message>
        <source>data verified</source>
        <translation>données vérifiées</translation>
    </message>
    <message>
        <source>The second check must be done by a different person.</source>
        <translation>Le second contrôle doit être fait par une autre personne.</translation>
    </message>
    <message>
        <source>The content changed before it was signed; review it again.</source>
        <translation>Le contenu a changé avant la signature ; relisez-le.</translation>
    </message>
    <message>
        <source>A user name is 2 to 32 lower-case letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>Un nom d&apos;utilisateur comporte de 2 à 32 lettres minuscules, chiffres, points, tirets ou soulignés, et commence par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>A password needs at least {n} characters.</source>
        <translation>Un mot de passe doit comporter au moins {n} caractères.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s printed name (1 to 80 characters).</source>
        <translation>Saisissez le nom de la personne en toutes lettres (1 à 80 caractères).</translation>
    </message>
    <message>
        <source>This user name is already taken.</source>
        <translation>Ce nom d&apos;utilisateur est déjà pris.</translation>
    </message>
    <message>
        <source>You cannot revoke your own account.</source>
        <translation>Vous ne pouvez pas révoquer votre propre compte.</translation>
    </message>
    <message>
        <source>This account is revoked; create a new one instead.</source>
        <translation>Ce compte est révoqué ; créez-en un nouveau.</translation>
    </message>
    <message>
        <source>Say why this version was chosen or how it was merged.</source>
        <translation>Indiquez pourquoi cette version a été choisie ou comment elle a été fusionnée.</translation>
    </message>
    <message>
        <source>This record is no longer in conflict.</source>
        <translation>Cet enregistrement n'est plus en conflit.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (for example https://sync.chu.local:8443).</source>
        <translation>L'adresse du serveur doit commencer par https:// (par exemple https://sync.chu.local:8443).</translation>
    </message>
    <message>
        <source>Paste the site certificate (it begins with -----BEGIN CERTIFICATE-----).</source>
        <translation>Collez le certificat du site (il commence par -----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>The site certificate is not valid. Copy it again from the server.</source>
        <translation>Le certificat du site n'est pas valide. Copiez-le à nouveau depuis le serveur.</translation>
    </message>
    <message>
        <source>Enter the enrollment code given by the server administrator.</source>
        <translation>Saisissez le code d'inscription donné par l'administrateur du serveur.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>An unexpected error occurred. What was already saved is safe. The details were written to the log.</source>
        <translation>Une erreur inattendue s&apos;est produite. Ce qui était déjà enregistré est en sécurité. Les détails ont été écrits dans le journal.</translation>
    </message>
    <message>
        <source>Bedside</source>
        <translation>Bedside</translation>
    </message>
</context>
</TS>
