<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>core</name>
        <message>
            <source>CSV per form and data dictionary</source>
            <translation>CSV par formulaire et dictionnaire de données</translation>
        </message>
        <message>
            <source>CDISC ODM 1.3.2 (clinical data, audit trail, signatures)</source>
            <translation>CDISC ODM 1.3.2 (données cliniques, piste d'audit, signatures)</translation>
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
            <translation>Une erreur s'est produite.</translation>
        </message>
        <message>
            <source>This value is not valid.</source>
            <translation>Cette valeur n'est pas valide.</translation>
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
            <translation>Le coffre a échoué au contrôle d'intégrité et a peut-être été altéré : {detail}</translation>
        </message>
        <message>
            <source>The vault file is damaged or incomplete and cannot be opened: {detail}</source>
            <translation>Le fichier du coffre est endommagé ou incomplet et ne peut pas être ouvert : {detail}</translation>
        </message>
        <message>
            <source>This vault was written by a newer version of Bedside ({found}). Install that version or newer to open it.</source>
            <translation>Ce coffre a été écrit par une version plus récente de Bedside ({found}). Installez cette version ou une plus récente pour l'ouvrir.</translation>
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
            <translation>L'export n'a pas pu être écrit : {detail}</translation>
        </message>
        <message>
            <source>Choose at least one export format.</source>
            <translation>Choisissez au moins un format d'export.</translation>
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
            <translation>La date de naissance est antérieure à 1900 ; vérifiez l'année.</translation>
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
            <translation>Rien n'a été modifié : il n'y a rien à enregistrer.</translation>
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
            <translation>Un nom d'utilisateur comporte de 2 à 32 lettres minuscules, chiffres, points, tirets ou soulignés, et commence par une lettre ou un chiffre.</translation>
        </message>
        <message>
            <source>A password needs at least {n} characters.</source>
            <translation>Un mot de passe doit comporter au moins {n} caractères.</translation>
        </message>
        <message>
            <source>Enter the person's printed name (1 to 80 characters).</source>
            <translation>Saisissez le nom de la personne en toutes lettres (1 à 80 caractères).</translation>
        </message>
        <message>
            <source>This user name is already taken.</source>
            <translation>Ce nom d'utilisateur est déjà pris.</translation>
        </message>
        <message>
            <source>You cannot revoke your own account.</source>
            <translation>Vous ne pouvez pas révoquer votre propre compte.</translation>
        </message>
        <message>
            <source>This account is revoked; create a new one instead.</source>
            <translation>Ce compte est révoqué ; créez-en un nouveau.</translation>
        </message>
    </context>
</TS>
