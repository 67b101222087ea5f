<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>Infusion</source>
        <comment>extra</comment>
        <translation type="obsolete">Perfusion</translation>
    </message>
    <message>
        <source>Infusion</source>
        <comment>Baseline</comment>
        <translation type="obsolete">Perfusion</translation>
    </message>
    <message>
        <source>Infusion</source>
        <comment>+{m} min</comment>
        <translation type="obsolete">Perfusion</translation>
    </message>
    <message>
        <source>Infusion</source>
        <comment>End +{m}</comment>
        <translation type="obsolete">Perfusion</translation>
    </message>
    <message>
        <source>Record product, dose and checks to begin.</source>
        <translation type="obsolete">Enregistrez le produit, la dose et les contrôles pour commencer.</translation>
    </message>
    <message>
        <source>{n} missed</source>
        <translation type="obsolete">{n} manquée(s)</translation>
    </message>
    <message>
        <source>Reading overdue: {what}</source>
        <translation type="obsolete">Mesure en retard&#xa0;: {what}</translation>
    </message>
    <message>
        <source>All scheduled readings done</source>
        <translation type="obsolete">Toutes les mesures prévues sont faites</translation>
    </message>
    <message>
        <source>DUE NOW · {what} reading · {when}</source>
        <translation type="obsolete">À FAIRE MAINTENANT · mesure {what} · {when}</translation>
    </message>
    <message>
        <source>late {cd}</source>
        <translation type="obsolete">en retard de {cd}</translation>
    </message>
    <message>
        <source>in {cd}</source>
        <translation type="obsolete">dans {cd}</translation>
    </message>
    <message>
        <source>Next reading · {what} · at {when}</source>
        <translation type="obsolete">Prochaine mesure · {what} · à {when}</translation>
    </message>
    <message>
        <source>{n} ✓ {d}</source>
        <translation type="obsolete">{n} ✓ {d}</translation>
    </message>
    <message>
        <source>{n} ● running</source>
        <translation type="obsolete">{n} ● en cours</translation>
    </message>
    <message>
        <source>{n} · DUE {a}–{b}</source>
        <translation type="obsolete">{n} · À FAIRE {a}–{b}</translation>
    </message>
    <message>
        <source>{n} · LATE {a}–{b}</source>
        <translation type="obsolete">{n} · EN RETARD {a}–{b}</translation>
    </message>
    <message>
        <source>{n} · {a}–{b}</source>
        <translation type="obsolete">{n} · {a}–{b}</translation>
    </message>
    <message>
        <source>Infusion {n}</source>
        <translation type="obsolete">Perfusion {n}</translation>
    </message>
    <message>
        <source>{what}: {d}</source>
        <translation type="obsolete">{what}&#xa0;: {d}</translation>
    </message>
    <message>
        <source>Not included yet: no infusion plan.</source>
        <translation type="obsolete">Pas encore inclus&#xa0;: pas de plan de perfusion.</translation>
    </message>
    <message>
        <source>Infusion {n} of {total}</source>
        <translation type="obsolete">Perfusion {n} sur {total}</translation>
    </message>
    <message>
        <source>not prepared</source>
        <translation type="obsolete">non préparée</translation>
    </message>
    <message>
        <source>ready · dose {dose} ×10⁶/kg · bag {bag}</source>
        <translation type="obsolete">prête · dose {dose} ×10⁶/kg · poche {bag}</translation>
    </message>
    <message>
        <source>RUNNING since {t} · dose {dose} ×10⁶/kg</source>
        <translation type="obsolete">EN COURS depuis {t} · dose {dose} ×10⁶/kg</translation>
    </message>
    <message>
        <source>PAUSED · started {t}</source>
        <translation type="obsolete">EN PAUSE · commencée à {t}</translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="obsolete">complète</translation>
    </message>
    <message>
        <source>partial</source>
        <translation type="obsolete">partielle</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation type="obsolete">interrompue</translation>
    </message>
    <message>
        <source>ended {t} · {outcome}</source>
        <translation type="obsolete">terminée à {t} · {outcome}</translation>
    </message>
    <message>
        <source>✓ Checked by {name}</source>
        <translation type="obsolete">✓ Contrôlé par {name}</translation>
    </message>
    <message>
        <source>Two-person check…</source>
        <translation type="obsolete">Double contrôle…</translation>
    </message>
    <message>
        <source>Cannot start yet: </source>
        <translation type="obsolete">Impossible de commencer pour l&apos;instant&#xa0;: </translation>
    </message>
    <message>
        <source>Record the product and dose first.</source>
        <translation type="obsolete">Enregistrez d&apos;abord le produit et la dose.</translation>
    </message>
    <message>
        <source>reported</source>
        <translation type="obsolete">déclaré</translation>
    </message>
    <message>
        <source>LATE by {t}</source>
        <translation type="obsolete">EN RETARD de {t}</translation>
    </message>
    <message>
        <source>report within {t}</source>
        <translation type="obsolete">à déclarer dans {t}</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Bedside</source>
        <translation>À propos de Bedside</translation>
    </message>
    <message>
        <source>Bundled components and their licences</source>
        <translation>Composants inclus et leurs licences</translation>
    </message>
    <message>
        <source>Select a component to read its licence.</source>
        <translation>Sélectionnez un composant pour lire sa licence.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Bedside {version}</source>
        <translation>Bedside {version}</translation>
    </message>
    <message>
        <source>TJT2012 ICU workstation — CHU de Liège</source>
        <translation>Poste de soins intensifs TJT2012 — CHU de Liège</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>aucun trouvé</translation>
    </message>
    <message>
        <source>{commit}, built {when}</source>
        <translation>{commit}, construit le {when}</translation>
    </message>
    <message>
        <source>installed program</source>
        <translation>programme installé</translation>
    </message>
    <message>
        <source>source checkout</source>
        <translation>copie des sources</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Protocol version</source>
        <translation>Version du protocole</translation>
    </message>
    <message>
        <source>Build commit</source>
        <translation>Commit de construction</translation>
    </message>
    <message>
        <source>Running from</source>
        <translation>Exécuté depuis</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>Licence&#xa0;: {licence}</translation>
    </message>
    <message>
        <source>(licence file {name} missing from this installation)</source>
        <translation>(fichier de licence {name} absent de cette installation)</translation>
    </message>
</context>
<context>
    <name>AeForm</name>
    <message>
        <source>Correct adverse event</source>
        <translation>Corriger l&apos;événement indésirable</translation>
    </message>
    <message>
        <source>New adverse event</source>
        <translation>Nouvel événement indésirable</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Terme</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <source>CTCAE grade</source>
        <translation>Grade CTCAE</translation>
    </message>
    <message>
        <source>Serious (SAE)</source>
        <translation>Grave (EIG)</translation>
    </message>
    <message>
        <source>Seriousness criteria</source>
        <translation>Critères de gravité</translation>
    </message>
    <message>
        <source>Relation to MSC</source>
        <translation>Relation avec les CSM</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Unexpected</source>
        <translation>Inattendu</translation>
    </message>
    <message>
        <source>Expectedness</source>
        <translation>Caractère attendu</translation>
    </message>
    <message>
        <source>Not of special interest</source>
        <translation>Sans intérêt particulier</translation>
    </message>
    <message>
        <source>Special interest (AESI)</source>
        <translation>Intérêt particulier (EIIP)</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Mesure prise</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Not linked to an infusion</source>
        <translation>Non lié à une perfusion</translation>
    </message>
    <message>
        <source>Infusion {n}</source>
        <translation>Perfusion {n}</translation>
    </message>
    <message>
        <source>Infusion</source>
        <translation>Perfusion</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Motif de la correction</translation>
    </message>
    <message>
        <source>Save adverse event</source>
        <translation>Enregistrer l&apos;événement indésirable</translation>
    </message>
</context>
<context>
    <name>AeList</name>
    <message>
        <source>reported</source>
        <translation>déclaré</translation>
    </message>
    <message>
        <source>LATE by {t}</source>
        <translation>EN RETARD de {t}</translation>
    </message>
    <message>
        <source>report within {t}</source>
        <translation>à déclarer dans {t}</translation>
    </message>
    <message>
        <source>+ New adverse event</source>
        <translation>+ Nouvel événement indésirable</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Corriger…</translation>
    </message>
    <message>
        <source>Investigator sign-off…</source>
        <translation>Validation par l&apos;investigateur…</translation>
    </message>
    <message>
        <source>Mark SAE reported</source>
        <translation>Marquer l&apos;EIG comme déclaré</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Terme</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>AESI</source>
        <translation>EIIP</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>SAE clock</source>
        <translation>Délai EIG</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>{sign_off} · v{n}</source>
        <translation>{sign_off} · v{n}</translation>
    </message>
    <message>
        <source>{sign_off} — version {n}: History… shows every version</source>
        <translation>{sign_off} — version {n}&#xa0;: Historique… montre chaque version</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="vanished">Version</translation>
    </message>
    <message>
        <source>SAE</source>
        <translation>EIG</translation>
    </message>
    <message>
        <source>✓ signed</source>
        <translation>✓ signé</translation>
    </message>
    <message>
        <source>to sign</source>
        <translation>à signer</translation>
    </message>
</context>
<context>
    <name>AlertBar</name>
    <message>
        <source>Record adverse event (F8)</source>
        <translation type="vanished">Enregistrer un événement indésirable (F8)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Adverse event… F8</source>
        <translation>Événement indésirable… F8</translation>
    </message>
    <message>
        <source>Record an adverse event from this alert</source>
        <translation>Enregistrer un événement indésirable à partir de cette alerte</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Vu</translation>
    </message>
    <message>
        <source>ALERT {time}: {alerts}</source>
        <translation>ALERTE {time}&#xa0;: {alerts}</translation>
    </message>
    <message>
        <source>ALERT {time}:</source>
        <translation>ALERTE {time}&#xa0;:</translation>
    </message>
    <message>
        <source>+{n} more ▾ F9</source>
        <translation>+{n} de plus ▾ F9</translation>
    </message>
    <message>
        <source>Fewer ▴ F9</source>
        <translation>Replier ▴ F9</translation>
    </message>
</context>
<context>
    <name>AttemptRow</name>
    <message>
        <source>What happened (no answer, letter returned…)</source>
        <translation>Ce qui s&apos;est passé (pas de réponse, courrier revenu…)</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail (newest first)</source>
        <translation>Piste d&apos;audit (plus récent en premier)</translation>
    </message>
</context>
<context>
    <name>ChecklistWidget</name>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Group B, ventilated over {days} days: inflammation reading</source>
        <translation>Groupe B, ventilé depuis plus de {days} jours&#xa0;: marqueurs d&apos;inflammation</translation>
    </message>
    <message>
        <source>Lab values (timed series; converted to the protocol units)</source>
        <translation>Valeurs de laboratoire (séries datées&#xa0;; converties dans les unités du protocole)</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <source>DD/MM/YYYY HH:MM</source>
        <translation>JJ/MM/AAAA HH:MM</translation>
    </message>
    <message>
        <source>To enter (Enter on an item goes to its field):</source>
        <translation type="vanished">À saisir (Entrée sur un élément va à son champ)&#xa0;:</translation>
    </message>
    <message>
        <source>Enter on an item goes to it:</source>
        <translation>Entrée sur un élément y conduit&#xa0;:</translation>
    </message>
    <message>
        <source>Save checklist  (Ctrl+S)</source>
        <translation>Enregistrer la liste  (Ctrl+S)</translation>
    </message>
    <message>
        <source>Sign: eligibility confirmed…</source>
        <translation>Signer&#xa0;: éligibilité confirmée…</translation>
    </message>
    <message>
        <source>Include in trial (give subject id)</source>
        <translation type="vanished">Inclure dans l&apos;étude (attribuer le n° de sujet)</translation>
    </message>
    <message>
        <source>Could not load or save; try again.</source>
        <translation type="vanished">Chargement ou enregistrement impossible&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>{label}: born {dob}, sex {sex} (from registration)</source>
        <translation>{label}&#xa0;: né(e) le {dob}, sexe {sex} (d&apos;après l&apos;enregistrement)</translation>
    </message>
    <message>
        <source>To enter: {what}</source>
        <translation>À saisir&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Consent: {state}</source>
        <translation>Consentement&#xa0;: {state}</translation>
    </message>
    <message>
        <source>Loading the checklist…</source>
        <translation>Chargement de la liste…</translation>
    </message>
    <message>
        <source>Include in the trial</source>
        <translation>Inclure dans l&apos;étude</translation>
    </message>
    <message>
        <source>Gives the patient the next subject number.</source>
        <translation>Donne au patient le numéro de sujet suivant.</translation>
    </message>
    <message>
        <source>{criterion} — {status}: {reason}</source>
        <translation>{criterion} — {status}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{criterion} — {status}</source>
        <translation>{criterion} — {status}</translation>
    </message>
    <message>
        <source>Protocol {protocol}, assessment version {version}</source>
        <translation>Protocole {protocol}, version de l&apos;évaluation {version}</translation>
    </message>
    <message>
        <source>Protocol {protocol}, not saved yet</source>
        <translation>Protocole {protocol}, pas encore enregistré</translation>
    </message>
    <message>
        <source>Signed by {name} on {time}: eligibility confirmed.</source>
        <translation>Signé par {name} le {time}&#xa0;: éligibilité confirmée.</translation>
    </message>
    <message>
        <source>Changed since the last signature: needs a new signature.</source>
        <translation>Modifié depuis la dernière signature&#xa0;: une nouvelle signature est nécessaire.</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>Non signé.</translation>
    </message>
    <message>
        <source>Only an investigator can sign; a nurse can prepare.</source>
        <translation>Seul un investigateur peut signer&#xa0;; un infirmier peut préparer.</translation>
    </message>
    <message>
        <source>Sign (investigator only)</source>
        <translation>Signer (investigateur)</translation>
    </message>
    <message>
        <source>Included: {subject}</source>
        <translation>Inclus&#xa0;: {subject}</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Motif de la modification</translation>
    </message>
    <message>
        <source>This assessment was signed. Why is it changed? The new version will need a new signature.</source>
        <translation>Cette évaluation a été signée. Pourquoi est-elle modifiée&#xa0;? La nouvelle version devra être signée à nouveau.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Sign eligibility</source>
        <translation>Signer l&apos;éligibilité</translation>
    </message>
    <message>
        <source>Electronic signature by {name}. Meaning: eligibility confirmed. Enter your password.</source>
        <translation>Signature électronique de {name}. Signification&#xa0;: éligibilité confirmée. Entrez votre mot de passe.</translation>
    </message>
    <message>
        <source>Wrong password: nothing was signed. Type your password again.</source>
        <translation>Mot de passe incorrect&#xa0;: rien n&apos;a été signé. Tapez à nouveau votre mot de passe.</translation>
    </message>
    <message>
        <source>Signed: eligibility confirmed.</source>
        <translation>Signé&#xa0;: éligibilité confirmée.</translation>
    </message>
    <message>
        <source>Included as {subject} ({n} of {target}).</source>
        <translation>Inclus sous {subject} ({n} sur {target}).</translation>
    </message>
    <message>
        <source>The trial target is reached.</source>
        <translation>L&apos;objectif de recrutement est atteint.</translation>
    </message>
    <message>
        <source>The trial target is nearly reached.</source>
        <translation>L&apos;objectif de recrutement est presque atteint.</translation>
    </message>
</context>
<context>
    <name>ChoiceButtons</name>
    <message>
        <source>Arrow keys choose, Space confirms, or type the first letter.</source>
        <translation>Les flèches choisissent, Espace confirme, ou tapez la première lettre.</translation>
    </message>
</context>
<context>
    <name>ConsentCopy</name>
    <message>
        <source>consent</source>
        <translation>consentement</translation>
    </message>
    <message>
        <source>Save a copy of the consent record</source>
        <translation>Enregistrer une copie du consentement</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ConsentDashboard</name>
    <message>
        <source>Consent: confirmations pending</source>
        <translation>Consentement&#xa0;: confirmations en attente</translation>
    </message>
    <message>
        <source>representative</source>
        <translation>représentant</translation>
    </message>
    <message>
        <source>witness</source>
        <translation>témoin</translation>
    </message>
    <message>
        <source>{name} ({label}) — can decide now: ask to confirm (consent by {who}, {days} d ago)</source>
        <translation>{name} ({label}) — peut décider maintenant&#xa0;: demander la confirmation (consentement par {who}, il y a {days} j)</translation>
    </message>
    <message>
        <source>{name} ({label}) — consent by {who} {days} d ago, confirmation pending</source>
        <translation>{name} ({label}) — consentement par {who} il y a {days} j, confirmation en attente</translation>
    </message>
    <message>
        <source>{name} ({label}) — re-consent due: new form version approved</source>
        <translation>{name} ({label}) — nouveau consentement à recueillir&#xa0;: nouvelle version du formulaire approuvée</translation>
    </message>
</context>
<context>
    <name>ConsentFlow</name>
    <message>
        <source>Something went wrong.</source>
        <translation type="vanished">Une erreur s&apos;est produite.</translation>
    </message>
    <message>
        <source>Can the patient understand the study and decide right now?</source>
        <translation>Le patient peut-il comprendre l&apos;étude et décider maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Awake, oriented, able to follow the explanation and to say yes or no.</source>
        <translation>Éveillé, orienté, capable de suivre l&apos;explication et de dire oui ou non.</translation>
    </message>
    <message>
        <source>Yes — the patient can decide</source>
        <translation>Oui — le patient peut décider</translation>
    </message>
    <message>
        <source>No — the patient cannot decide (sedated, confused, too ill)</source>
        <translation>Non — le patient ne peut pas décider (sédaté, confus, trop malade)</translation>
    </message>
    <message>
        <source>Can you reach a legal representative now?</source>
        <translation>Pouvez-vous joindre un représentant légal maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Look for one in this order:</source>
        <translation>Cherchez-en un dans cet ordre&#xa0;:</translation>
    </message>
    <message>
        <source>Yes — a representative is here or on the phone</source>
        <translation>Oui — un représentant est présent ou au téléphone</translation>
    </message>
    <message>
        <source>No — nobody could be reached</source>
        <translation>Non — personne n&apos;a pu être joint</translation>
    </message>
    <message>
        <source>The patient can now decide (new assessment)</source>
        <translation>Le patient peut maintenant décider (nouvelle évaluation)</translation>
    </message>
    <message>
        <source>No representative could be reached: ask an impartial witness</source>
        <translation>Aucun représentant n&apos;a pu être joint&#xa0;: faites appel à un témoin impartial</translation>
    </message>
    <message>
        <source>A physician from a department not taking part in the trial, or a member of the Ethics Committee.</source>
        <translation>Un médecin d&apos;un service qui ne participe pas à l&apos;étude, ou un membre du Comité d&apos;éthique.</translation>
    </message>
    <message>
        <source>Continue with the witness  ▶</source>
        <translation>Continuer avec le témoin  ▶</translation>
    </message>
    <message>
        <source>Has the situation changed?</source>
        <translation>La situation a-t-elle changé&#xa0;?</translation>
    </message>
    <message>
        <source>A representative has been reached after all</source>
        <translation>Un représentant a finalement été joint</translation>
    </message>
    <message>
        <source>Confirmation by the patient is pending</source>
        <translation>La confirmation par le patient est en attente</translation>
    </message>
    <message>
        <source>Can the patient now understand and decide?</source>
        <translation>Le patient peut-il maintenant comprendre et décider&#xa0;?</translation>
    </message>
    <message>
        <source>Yes — assess capacity and ask the patient now</source>
        <translation>Oui — évaluer la capacité et interroger le patient maintenant</translation>
    </message>
    <message>
        <source>The patient died without regaining capacity</source>
        <translation>Le patient est décédé sans avoir recouvré sa capacité</translation>
    </message>
    <message>
        <source>The patient was discharged without regaining capacity</source>
        <translation>Le patient est sorti sans avoir recouvré sa capacité</translation>
    </message>
    <message>
        <source>A legal representative withdraws consent</source>
        <translation>Un représentant légal retire le consentement</translation>
    </message>
    <message>
        <source>New form version approved: representative re-consents</source>
        <translation>Nouvelle version du formulaire approuvée&#xa0;: le représentant consent à nouveau</translation>
    </message>
    <message>
        <source>Consent is in place</source>
        <translation>Le consentement est en place</translation>
    </message>
    <message>
        <source>A newer form version ({version}) is approved by the Ethics Committee: ask the patient to re-consent.</source>
        <translation>Une version plus récente du formulaire ({version}) est approuvée par le Comité d&apos;éthique&#xa0;: demandez au patient de consentir à nouveau.</translation>
    </message>
    <message>
        <source>Re-consent on version {version}</source>
        <translation>Nouveau consentement sur la version {version}</translation>
    </message>
    <message>
        <source>The patient can no longer decide (record assessment)</source>
        <translation>Le patient ne peut plus décider (enregistrer l&apos;évaluation)</translation>
    </message>
    <message>
        <source>Participation has ended</source>
        <translation>La participation a pris fin</translation>
    </message>
    <message>
        <source>Record a further withdrawal (e.g. objection to use of data)</source>
        <translation>Enregistrer un retrait supplémentaire (p. ex. opposition à l&apos;utilisation des données)</translation>
    </message>
    <message>
        <source>Only an investigator can assess capacity and obtain consent. You can record a withdrawal, a death or a discharge.</source>
        <translation>Seul un investigateur peut évaluer la capacité et recueillir le consentement. Vous pouvez enregistrer un retrait, un décès ou une sortie.</translation>
    </message>
    <message>
        <source>Record a withdrawal of consent</source>
        <translation>Enregistrer un retrait du consentement</translation>
    </message>
    <message>
        <source>Consent given by {who} ({name}) on {date} — {days} day(s) ago, form version {version}.</source>
        <translation>Consentement donné par {who} ({name}) le {date} — il y a {days} jour(s), version du formulaire {version}.</translation>
    </message>
    <message>
        <source>Signed by {who} ({name}) on {date}, form version {version} ({language}).</source>
        <translation>Signé par {who} ({name}) le {date}, version du formulaire {version} ({language}).</translation>
    </message>
    <message>
        <source>This confirms the consent given earlier on the patient&apos;s behalf.</source>
        <translation>Ceci confirme le consentement donné auparavant au nom du patient.</translation>
    </message>
    <message>
        <source>objects</source>
        <translation>s&apos;oppose</translation>
    </message>
    <message>
        <source>does not object</source>
        <translation>ne s&apos;oppose pas</translation>
    </message>
    <message>
        <source>The patient refused to continue on {date} and {objection} to the use of data already collected.</source>
        <translation>Le patient a refusé de poursuivre le {date} et {objection} à l&apos;utilisation des données déjà recueillies.</translation>
    </message>
    <message>
        <source>Consent withdrawn on {date} by {who}. Scope: {scope}.</source>
        <translation>Consentement retiré le {date} par {who}. Portée&#xa0;: {scope}.</translation>
    </message>
    <message>
        <source>The patient died on {date} without regaining capacity.</source>
        <translation>Le patient est décédé le {date} sans avoir recouvré sa capacité.</translation>
    </message>
    <message>
        <source>The patient was discharged on {date} without regaining capacity.</source>
        <translation>Le patient est sorti le {date} sans avoir recouvré sa capacité.</translation>
    </message>
    <message>
        <source>Record that the patient can decide</source>
        <translation>Enregistrer que le patient peut décider</translation>
    </message>
    <message>
        <source>How did you check? (optional: e.g. oriented, explains the study back in their own words)</source>
        <translation>Comment l&apos;avez-vous vérifié&#xa0;? (facultatif&#xa0;: p. ex. orienté, réexplique l&apos;étude avec ses propres mots)</translation>
    </message>
    <message>
        <source>Why can the patient not decide right now?</source>
        <translation>Pourquoi le patient ne peut-il pas décider maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>A physician records this before a representative or witness can be asked.</source>
        <translation>Un médecin l&apos;enregistre avant qu&apos;un représentant ou un témoin puisse être sollicité.</translation>
    </message>
    <message>
        <source>e.g. sedated and intubated (RASS -4)</source>
        <translation>p. ex. sédaté et intubé (RASS -4)</translation>
    </message>
    <message>
        <source>Assessing physician: {name}</source>
        <translation>Médecin évaluateur&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Your password, to sign the assessment</source>
        <translation>Votre mot de passe, pour signer l&apos;évaluation</translation>
    </message>
    <message>
        <source>Sign the assessment  ▶</source>
        <translation>Signer l&apos;évaluation  ▶</translation>
    </message>
    <message>
        <source>Whom did you try to reach, and when?</source>
        <translation>Qui avez-vous tenté de joindre, et quand&#xa0;?</translation>
    </message>
    <message>
        <source>Record every attempt. The witness pathway opens after this record.</source>
        <translation>Enregistrez chaque tentative. La voie du témoin s&apos;ouvre après cet enregistrement.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Save a copy of the consent (PDF)…</source>
        <translation>Enregistrer une copie du consentement (PDF)…</translation>
    </message>
    <message>
        <source>Copy saved: {path}</source>
        <translation>Copie enregistrée&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="vanished">Téléphone</translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="vanished">En personne</translation>
    </message>
    <message>
        <source>Message left</source>
        <translation type="vanished">Message laissé</translation>
    </message>
    <message>
        <source>Outcome, e.g. no answer</source>
        <translation>Résultat, p. ex. pas de réponse</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Whom</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>+ Add another attempt</source>
        <translation>+ Ajouter une autre tentative</translation>
    </message>
    <message>
        <source>Record: no representative reachable  ▶</source>
        <translation>Enregistrer&#xa0;: aucun représentant joignable  ▶</translation>
    </message>
    <message>
        <source>Who is the representative?</source>
        <translation>Qui est le représentant&#xa0;?</translation>
    </message>
    <message>
        <source>Relationship to the patient (in the legal order of priority)</source>
        <translation>Lien avec le patient (dans l&apos;ordre légal de priorité)</translation>
    </message>
    <message>
        <source>Step {n} of the legal order: why was each earlier step passed over?</source>
        <translation>Rang {n} de l&apos;ordre légal&#xa0;: pourquoi chaque rang précédent a-t-il été passé&#xa0;?</translation>
    </message>
    <message>
        <source>— choose why —</source>
        <translation>— choisir le motif —</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Phone or address</source>
        <translation>Téléphone ou adresse</translation>
    </message>
    <message>
        <source>Choose the relationship and fill in the name and the contact.</source>
        <translation>Choisissez le lien et indiquez le nom et le contact.</translation>
    </message>
    <message>
        <source>Say why each earlier step of the legal order was passed over.</source>
        <translation>Indiquez pourquoi chaque rang précédent de l&apos;ordre légal a été passé.</translation>
    </message>
    <message>
        <source>Who is the impartial witness?</source>
        <translation>Qui est le témoin impartial&#xa0;?</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>The witness attests being independent of the trial: not an investigator, not in a participating department, no interest in it.</source>
        <translation>Le témoin atteste être indépendant de l&apos;étude&#xa0;: ni investigateur, ni membre d&apos;un service participant, sans intérêt dans l&apos;étude.</translation>
    </message>
    <message>
        <source>Choose the witness&apos;s role and fill in the name.</source>
        <translation>Choisissez le rôle du témoin et indiquez son nom.</translation>
    </message>
    <message>
        <source>Fill in the witness&apos;s department.</source>
        <translation>Indiquez le service du témoin.</translation>
    </message>
    <message>
        <source>The witness must attest being independent of the trial.</source>
        <translation>Le témoin doit attester être indépendant de l&apos;étude.</translation>
    </message>
    <message>
        <source>Next  ▶</source>
        <translation>Suivant  ▶</translation>
    </message>
    <message>
        <source>In which language will the form be read?</source>
        <translation>Dans quelle langue le formulaire sera-t-il lu&#xa0;?</translation>
    </message>
    <message>
        <source>No consent form version is approved yet.</source>
        <translation>Aucune version du formulaire de consentement n&apos;est encore approuvée.</translation>
    </message>
    <message>
        <source>Read and explain the form</source>
        <translation>Lire et expliquer le formulaire</translation>
    </message>
    <message>
        <source>{form} version {version} ({language}) — approved by the Ethics Committee on {date}</source>
        <translation>{form} version {version} ({language}) — approuvé par le Comité d&apos;éthique le {date}</translation>
    </message>
    <message>
        <source>Read and explained — questions answered  ▶</source>
        <translation>Lu et expliqué — questions répondues  ▶</translation>
    </message>
    <message>
        <source>Optional items — ask each one</source>
        <translation>Points facultatifs — posez chacun d&apos;eux</translation>
    </message>
    <message>
        <source>The answer does not change participation in the trial.</source>
        <translation>La réponse ne change rien à la participation à l&apos;étude.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Please answer every optional item (yes or no).</source>
        <translation>Répondez à chaque point facultatif (oui ou non).</translation>
    </message>
    <message>
        <source>The patient signs</source>
        <translation>Le patient signe</translation>
    </message>
    <message>
        <source>The representative signs</source>
        <translation>Le représentant signe</translation>
    </message>
    <message>
        <source>The witness signs</source>
        <translation>Le témoin signe</translation>
    </message>
    <message>
        <source>Patient&apos;s full name</source>
        <translation>Nom complet du patient</translation>
    </message>
    <message>
        <source>Clear and sign again</source>
        <translation>Effacer et signer à nouveau</translation>
    </message>
    <message>
        <source>Fill in the patient&apos;s name.</source>
        <translation>Indiquez le nom du patient.</translation>
    </message>
    <message>
        <source>Signature done  ▶</source>
        <translation>Signature faite  ▶</translation>
    </message>
    <message>
        <source>You sign as the person who obtained consent</source>
        <translation>Vous signez en tant que personne ayant recueilli le consentement</translation>
    </message>
    <message>
        <source>Consent by {who}: {name}
Form {form} version {version} ({language})</source>
        <translation>Consentement par {who}&#xa0;: {name}
Formulaire {form} version {version} ({language})</translation>
    </message>
    <message>
        <source>Signing means: “consent obtained”. {name}, enter your password.</source>
        <translation>Signer signifie&#xa0;: « consentement obtenu ». {name}, saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Sign and record the consent</source>
        <translation>Signer et enregistrer le consentement</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Consentement enregistré</translation>
    </message>
    <message>
        <source>Recorded and signed. SHA-256 of the record: {hash}</source>
        <translation>Enregistré et signé. SHA-256 de l&apos;enregistrement&#xa0;: {hash}</translation>
    </message>
    <message>
        <source>The patient must confirm as soon as they can decide: this is now on the dashboard.</source>
        <translation>Le patient doit confirmer dès qu&apos;il peut décider&#xa0;: c&apos;est maintenant affiché sur le tableau de bord.</translation>
    </message>
    <message>
        <source>Save a PDF copy for printing…</source>
        <translation type="vanished">Enregistrer une copie PDF à imprimer…</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Save consent record</source>
        <translation type="vanished">Enregistrer le document de consentement</translation>
    </message>
    <message>
        <source>The patient can decide again. What does the patient decide?</source>
        <translation>Le patient peut à nouveau décider. Que décide-t-il&#xa0;?</translation>
    </message>
    <message>
        <source>Confirms — the patient reads and signs the consent form</source>
        <translation>Confirme — le patient lit et signe le formulaire de consentement</translation>
    </message>
    <message>
        <source>Refuses to continue the trial</source>
        <translation>Refuse de poursuivre l&apos;étude</translation>
    </message>
    <message>
        <source>Withdraws consent</source>
        <translation>Retire son consentement</translation>
    </message>
    <message>
        <source>The patient cannot decide after all (new assessment)</source>
        <translation>Le patient ne peut finalement pas décider (nouvelle évaluation)</translation>
    </message>
    <message>
        <source>The patient died</source>
        <translation>Le patient est décédé</translation>
    </message>
    <message>
        <source>Does the patient object to the use of data already collected?</source>
        <translation>Le patient s&apos;oppose-t-il à l&apos;utilisation des données déjà recueillies&#xa0;?</translation>
    </message>
    <message>
        <source>Further trial procedures stop in any case.</source>
        <translation>Les procédures de l&apos;étude s&apos;arrêtent dans tous les cas.</translation>
    </message>
    <message>
        <source>Yes, objects</source>
        <translation>Oui, s&apos;y oppose</translation>
    </message>
    <message>
        <source>No objection</source>
        <translation>Pas d&apos;opposition</translation>
    </message>
    <message>
        <source>Reason, if the patient gives one</source>
        <translation>Motif, si le patient en donne un</translation>
    </message>
    <message>
        <source>Record the refusal</source>
        <translation>Enregistrer le refus</translation>
    </message>
    <message>
        <source>Record that the patient died without regaining capacity</source>
        <translation>Enregistrer que le patient est décédé sans avoir recouvré sa capacité</translation>
    </message>
    <message>
        <source>Record that the patient was discharged without regaining capacity</source>
        <translation>Enregistrer que le patient est sorti sans avoir recouvré sa capacité</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (facultative)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Withdrawal of consent</source>
        <translation>Retrait du consentement</translation>
    </message>
    <message>
        <source>The patient may withdraw at any time; the representative while the patient cannot decide.</source>
        <translation>Le patient peut se retirer à tout moment&#xa0;; le représentant tant que le patient ne peut pas décider.</translation>
    </message>
    <message>
        <source>The patient</source>
        <translation>Le patient</translation>
    </message>
    <message>
        <source>The legal representative</source>
        <translation>Le représentant légal</translation>
    </message>
    <message>
        <source>Name of the person withdrawing</source>
        <translation>Nom de la personne qui se retire</translation>
    </message>
    <message>
        <source>What does the withdrawal cover?</source>
        <translation>Que couvre le retrait&#xa0;?</translation>
    </message>
    <message>
        <source>Reason, if given</source>
        <translation>Motif, s&apos;il est donné</translation>
    </message>
    <message>
        <source>Record the withdrawal</source>
        <translation>Enregistrer le retrait</translation>
    </message>
</context>
<context>
    <name>ConsentOrder</name>
    <message>
        <source>label</source>
        <translation type="vanished">libellé</translation>
    </message>
</context>
<context>
    <name>ConsentPdf</name>
    <message>
        <source>the patient</source>
        <translation>le patient</translation>
    </message>
    <message>
        <source>the legal representative</source>
        <translation>le représentant légal</translation>
    </message>
    <message>
        <source>an impartial witness</source>
        <translation>un témoin impartial</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Medical record number</source>
        <translation>Numéro de dossier médical</translation>
    </message>
    <message>
        <source>Study number</source>
        <translation>Numéro d&apos;étude</translation>
    </message>
    <message>
        <source>Patient identifier</source>
        <translation>Identifiant du patient</translation>
    </message>
    <message>
        <source>Consent given by</source>
        <translation>Consentement donné par</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>{step} of {steps}</source>
        <translation>{step} sur {steps}</translation>
    </message>
    <message>
        <source>Step in the legal order of representatives</source>
        <translation>Rang dans l&apos;ordre légal des représentants</translation>
    </message>
    <message>
        <source>Passed over: {step}</source>
        <translation>Rang passé&#xa0;: {step}</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Independent of the trial (attested)</source>
        <translation>Indépendant de l&apos;étude (attesté)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Ethics Committee approval</source>
        <translation>Approbation du Comité d&apos;éthique</translation>
    </message>
    <message>
        <source>This consent by the patient confirms the consent given on the patient’s behalf by {who} ({name}) on {date}.</source>
        <translation>Ce consentement du patient confirme le consentement donné en son nom par {who} ({name}) le {date}.</translation>
    </message>
    <message>
        <source>TJT2012 consent record</source>
        <translation>Document de consentement TJT2012</translation>
    </message>
</context>
<context>
    <name>ConsentRoles</name>
    <message>
        <source>label</source>
        <translation type="vanished">libellé</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <source>Capacity assessment</source>
        <translation>Évaluation de la capacité</translation>
    </message>
    <message>
        <source>No representative reachable</source>
        <translation>Aucun représentant joignable</translation>
    </message>
    <message>
        <source>Consent signed</source>
        <translation>Consentement signé</translation>
    </message>
    <message>
        <source>Outcome of deferred confirmation</source>
        <translation>Issue de la confirmation différée</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Retrait</translation>
    </message>
    <message>
        <source>Start the consent  ▶</source>
        <translation>Commencer le consentement  ▶</translation>
    </message>
    <message>
        <source>Save PDF of the latest consent…</source>
        <translation type="vanished">Enregistrer le PDF du dernier consentement…</translation>
    </message>
    <message>
        <source>Save a copy of the latest consent (PDF)…</source>
        <translation>Enregistrer une copie du dernier consentement (PDF)…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>◀  Consent overview</source>
        <translation>◀  Vue d&apos;ensemble du consentement</translation>
    </message>
    <message>
        <source>Consent valid for trial procedures</source>
        <translation>Consentement valide pour les procédures de l&apos;étude</translation>
    </message>
    <message>
        <source>No consent step recorded yet.</source>
        <translation>Aucune étape de consentement enregistrée.</translation>
    </message>
    <message>
        <source>Consent details  ▶</source>
        <translation>Détails du consentement  ▶</translation>
    </message>
    <message>
        <source>Continue the consent  ▶</source>
        <translation>Poursuivre le consentement  ▶</translation>
    </message>
    <message>
        <source>can decide</source>
        <translation>peut décider</translation>
    </message>
    <message>
        <source>cannot decide: {why}</source>
        <translation>ne peut pas décider&#xa0;: {why}</translation>
    </message>
    <message>
        <source>[not signed: does not count]</source>
        <translation>[non signé&#xa0;: ne compte pas]</translation>
    </message>
    <message>
        <source>Copy saved: {path}</source>
        <translation>Copie enregistrée&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Save consent record</source>
        <translation type="vanished">Enregistrer le document de consentement</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
</context>
<context>
    <name>ConsentWords</name>
    <message>
        <source>the patient</source>
        <translation>le patient</translation>
    </message>
    <message>
        <source>the legal representative</source>
        <translation>le représentant légal</translation>
    </message>
    <message>
        <source>an impartial witness</source>
        <translation>un témoin impartial</translation>
    </message>
    <message>
        <source>stop trial treatment</source>
        <translation>arrêt du traitement de l&apos;étude</translation>
    </message>
    <message>
        <source>stop follow-up visits</source>
        <translation>arrêt des visites de suivi</translation>
    </message>
    <message>
        <source>object to use of data already collected</source>
        <translation>opposition à l&apos;utilisation des données déjà recueillies</translation>
    </message>
    <message>
        <source>refused to continue</source>
        <translation>a refusé de poursuivre</translation>
    </message>
    <message>
        <source>died without regaining capacity</source>
        <translation>décédé sans avoir recouvré sa capacité</translation>
    </message>
    <message>
        <source>discharged without regaining capacity</source>
        <translation>sorti sans avoir recouvré sa capacité</translation>
    </message>
</context>
<context>
    <name>CorrectInfusionDialog</name>
    <message>
        <source>Correct infusion {n}: product and dose</source>
        <translation>Corriger la perfusion {n}&#xa0;: produit et dose</translation>
    </message>
    <message>
        <source>Viable cells (×10⁶)</source>
        <translation>Cellules viables (×10⁶)</translation>
    </message>
    <message>
        <source>Volume (mL)</source>
        <translation>Volume (mL)</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Poids (kg)</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Motif de la correction</translation>
    </message>
    <message>
        <source>Investigator override (dose outside the range)</source>
        <translation>Dérogation de l&apos;investigateur (dose hors de l&apos;intervalle)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Investigator</source>
        <translation>Investigateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Enregistrer la correction</translation>
    </message>
</context>
<context>
    <name>CorrectReadingDialog</name>
    <message>
        <source>Correct a reading</source>
        <translation>Corriger une mesure</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Motif de la correction</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Enregistrer la correction</translation>
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
    <name>DraftOffer</name>
    <message>
        <source>vital signs for infusion {n}</source>
        <translation>des signes vitaux pour la perfusion {n}</translation>
    </message>
    <message>
        <source>an adverse event</source>
        <translation>un événement indésirable</translation>
    </message>
    <message>
        <source>a consent</source>
        <translation>un consentement</translation>
    </message>
    <message>
        <source>an unknown patient</source>
        <translation>un patient inconnu</translation>
    </message>
    <message>
        <source>You were entering {what} for {patient} at {time} on {date} when Bedside closed, before it was saved.</source>
        <translation>Vous saisissiez {what} pour {patient} à {time} le {date} quand Bedside s&apos;est fermé, avant l&apos;enregistrement.</translation>
    </message>
</context>
<context>
    <name>DraftOfferDialog</name>
    <message>
        <source>Unfinished entries</source>
        <translation>Saisies non terminées</translation>
    </message>
    <message>
        <source>Bedside closed while you were typing. What you typed was kept (encrypted) and can be put back exactly as it was.</source>
        <translation>Bedside s&apos;est fermé pendant votre saisie. Ce que vous aviez tapé a été conservé (chiffré) et peut être remis exactement tel quel.</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
</context>
<context>
    <name>DuplicateNumbersSection</name>
    <message>
        <source>{number} also on another patient: check name and birth date</source>
        <translation>{number} aussi attribué à un autre patient&#xa0;: vérifiez nom et date de naissance</translation>
    </message>
    <message>
        <source>Incident: patient number given twice</source>
        <translation>Incident&#xa0;: numéro de patient attribué deux fois</translation>
    </message>
    <message>
        <source>Screening number</source>
        <translation>Numéro de sélection</translation>
    </message>
    <message>
        <source>Subject id</source>
        <translation>Numéro de sujet</translation>
    </message>
    <message>
        <source>{kind} {number} is held by {n} patients: {names} — check the labels, tell the investigator and the sponsor</source>
        <translation>{kind} {number} est porté par {n} patients&#xa0;: {names} — vérifiez les étiquettes, prévenez l&apos;investigateur et le promoteur</translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>Clear</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Excludes</source>
        <translation>Exclut</translation>
    </message>
    <message>
        <source>To enter</source>
        <translation>À saisir</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Rempli</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Non rempli</translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation>Provisoire</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Cannot be met</source>
        <translation>Impossible à remplir</translation>
    </message>
    <message>
        <source>ELIGIBLE</source>
        <translation>ÉLIGIBLE</translation>
    </message>
    <message>
        <source>PROVISIONALLY ELIGIBLE</source>
        <translation>ÉLIGIBLE À TITRE PROVISOIRE</translation>
    </message>
    <message>
        <source>NOT ELIGIBLE</source>
        <translation>NON ÉLIGIBLE</translation>
    </message>
    <message>
        <source>INCOMPLETE</source>
        <translation>INCOMPLET</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Group A</source>
        <translation>Groupe A</translation>
    </message>
    <message>
        <source>Group B</source>
        <translation>Groupe B</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Négatif</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positif</translation>
    </message>
    <message>
        <source>PCR</source>
        <translation>PCR</translation>
    </message>
    <message>
        <source>Serology</source>
        <translation>Sérologie</translation>
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
        <source>Eligibility: PCR/serology confirmations and enrollment</source>
        <translation>Éligibilité&#xa0;: confirmations PCR/sérologie et recrutement</translation>
    </message>
    <message>
        <source>{label}: positive PCR/serology confirmation OVERDUE (due {due})</source>
        <translation>{label}&#xa0;: confirmation PCR/sérologie positive EN RETARD (due le {due})</translation>
    </message>
    <message>
        <source>{label}: provisionally eligible, positive PCR/serology due by {due}</source>
        <translation>{label}&#xa0;: éligible à titre provisoire, PCR/sérologie positive attendue pour le {due}</translation>
    </message>
    <message>
        <source>Enrollment target reached: {n} of {target} included.</source>
        <translation>Objectif de recrutement atteint&#xa0;: {n} sur {target} inclus.</translation>
    </message>
    <message>
        <source>Enrollment target nearly reached: {n} of {target} included.</source>
        <translation>Objectif de recrutement presque atteint&#xa0;: {n} sur {target} inclus.</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Éligibilité</translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <source>End of participation</source>
        <translation>Fin de participation</translation>
    </message>
    <message>
        <source>End of participation: one reason</source>
        <translation>Fin de participation&#xa0;: un seul motif</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Last day of participation</source>
        <translation>Dernier jour de participation</translation>
    </message>
    <message>
        <source>The day-{day} visit must be recorded.</source>
        <translation>La visite du jour {day} doit être enregistrée.</translation>
    </message>
    <message>
        <source>The last day is the day of death.</source>
        <translation>Le dernier jour est le jour du décès.</translation>
    </message>
    <message>
        <source>Cause of death</source>
        <translation>Cause du décès</translation>
    </message>
    <message>
        <source>Withdrawal of {date} ({scope})</source>
        <translation>Retrait du {date} ({scope})</translation>
    </message>
    <message>
        <source>No consent withdrawal is recorded: record it on the Consent tab first.</source>
        <translation>Aucun retrait du consentement n&apos;est enregistré&#xa0;: enregistrez-le d&apos;abord dans l&apos;onglet Consentement.</translation>
    </message>
    <message>
        <source>Consent withdrawal</source>
        <translation>Retrait du consentement</translation>
    </message>
    <message>
        <source>At least {n} contact attempts.</source>
        <translation>Au moins {n} tentatives de contact.</translation>
    </message>
    <message>
        <source>Attempt {n}</source>
        <translation>Tentative {n}</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Record the end of participation</source>
        <translation>Enregistrer la fin de participation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>EndpointsDialog</name>
    <message>
        <source>Endpoints and CONSORT</source>
        <translation>Critères d&apos;évaluation et CONSORT</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Inclusion</source>
        <translation>Inclusion</translation>
    </message>
    <message>
        <source>Day 28</source>
        <translation>Jour 28</translation>
    </message>
    <message>
        <source>AEs</source>
        <translation>EI</translation>
    </message>
    <message>
        <source>Grade {g}</source>
        <translation>Grade {g}</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>Graves</translation>
    </message>
    <message>
        <source>Vital status day 28</source>
        <translation>Statut vital au jour 28</translation>
    </message>
    <message>
        <source>Day-28 endpoints</source>
        <translation>Critères du jour 28</translation>
    </message>
    <message>
        <source>CONSORT flow</source>
        <translation>Diagramme CONSORT</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>alive</source>
        <translation>vivant</translation>
    </message>
    <message>
        <source>died</source>
        <translation>décédé</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>day 28 not reached</source>
        <translation>jour 28 pas encore atteint</translation>
    </message>
    <message>
        <source>grade {g}: {n}</source>
        <translation>grade {g}&#xa0;: {n}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Included:&lt;/b&gt; {n} ({r} past day 28)</source>
        <translation>&lt;b&gt;Inclus&#xa0;:&lt;/b&gt; {n} ({r} au-delà du jour 28)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Adverse events, inclusion to day 28:&lt;/b&gt; {n} ({grades}); serious: {serious} in {patients} patient(s)</source>
        <translation>&lt;b&gt;Événements indésirables, de l&apos;inclusion au jour 28&#xa0;:&lt;/b&gt; {n} ({grades})&#xa0;; graves&#xa0;: {serious} chez {patients} patient(s)</translation>
    </message>
    <message>
        <source>&lt;b&gt;AESI by category:&lt;/b&gt; {aesi}</source>
        <translation>&lt;b&gt;EIIP par catégorie&#xa0;:&lt;/b&gt; {aesi}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Group B, vital status at day 28&lt;/b&gt; ({n} patients): {status}</source>
        <translation>&lt;b&gt;Groupe B, statut vital au jour 28&lt;/b&gt; ({n} patients)&#xa0;: {status}</translation>
    </message>
    <message>
        <source>The counts do not add up: {what}</source>
        <translation>Les comptes ne concordent pas&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Adds up: assessed {a} = not eligible {ne} + eligible not included {eni} + included {i}; every included patient has one end state. Records to check: {q}.</source>
        <translation>Les comptes concordent&#xa0;: évalués {a} = non éligibles {ne} + éligibles non inclus {eni} + inclus {i}&#xa0;; chaque patient inclus a un seul état final. Fiches à vérifier&#xa0;: {q}.</translation>
    </message>
</context>
<context>
    <name>EntryRow</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Vital sign entry: Tab to the next value, Enter saves</source>
        <translation>Saisie des signes vitaux&#xa0;: Tab pour la valeur suivante, Entrée enregistre</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>Save ⏎</source>
        <translation>Valider ⏎</translation>
    </message>
    <message>
        <source>Save the reading</source>
        <translation>Enregistrer la mesure</translation>
    </message>
    <message>
        <source>Message about the reading</source>
        <translation>Message sur la mesure</translation>
    </message>
    <message>
        <source>Which date and time?</source>
        <translation>Quelle date et quelle heure&#xa0;?</translation>
    </message>
    <message>
        <source>Change the time</source>
        <translation>Changer l&apos;heure</translation>
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
        <translation>Pseudonymisé&#xa0;: les patients n&apos;apparaissent que par leur numéro de sujet ou de sélection, avec leur âge. Aucun nom, numéro hospitalier, date de naissance ni code de bracelet ne quitte le service.</translation>
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
        <source>Open the export folder</source>
        <translation>Ouvrir le dossier de l’export</translation>
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
        <source>Review before release</source>
        <translation>À relire avant diffusion</translation>
    </message>
    <message>
        <source>Word or number</source>
        <translation>Mot ou nombre</translation>
    </message>
    <message>
        <source>Why it is listed</source>
        <translation>Pourquoi il est signalé</translation>
    </message>
    <message>
        <source>Strike these too and export</source>
        <translation>Les masquer aussi et exporter</translation>
    </message>
    <message>
        <source>Checked: export as it is</source>
        <translation>Vérifié&#xa0;: exporter tel quel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>a long number</source>
        <translation>un nombre long</translation>
    </message>
    <message>
        <source>a capitalised word that may be a name</source>
        <translation>un mot avec majuscule qui peut être un nom</translation>
    </message>
    <message>
        <source>close to the name of a patient or relative</source>
        <translation>proche du nom d’un patient ou d’un proche</translation>
    </message>
    <message>
        <source>{count} words in free text may identify someone. Nothing has been written yet. Strike them, or confirm you checked them.</source>
        <translation>{count} mots du texte libre peuvent identifier quelqu’un. Rien n’a encore été écrit. Masquez-les, ou confirmez que vous les avez vérifiés.</translation>
    </message>
    <message>
        <source>Waiting for your review.</source>
        <translation>En attente de votre relecture.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé&#xa0;; rien n’a été écrit.</translation>
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
        <translation>Export écrit&#xa0;: {count} fichiers dans {folder}</translation>
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
    <name>FlowsheetPanel</name>
    <message>
        <source>Correct…</source>
        <translation>Corriger…</translation>
    </message>
    <message>
        <source>Correct the product or weight recorded (new version with a reason)</source>
        <translation>Corriger le produit ou le poids enregistré (nouvelle version avec un motif)</translation>
    </message>
    <message>
        <source>Product &amp;&amp; dose… F2</source>
        <translation>Produit &amp;&amp; dose… F2</translation>
    </message>
    <message>
        <source>Two-person check… F3</source>
        <translation>Double contrôle… F3</translation>
    </message>
    <message>
        <source>▶ Start F4</source>
        <translation>▶ Démarrer F4</translation>
    </message>
    <message>
        <source>❚❚ Pause… F5</source>
        <translation>❚❚ Pause… F5</translation>
    </message>
    <message>
        <source>▶ Resume F6</source>
        <translation>▶ Reprendre F6</translation>
    </message>
    <message>
        <source>■ Stop… F7</source>
        <translation>■ Arrêter… F7</translation>
    </message>
    <message>
        <source>Infusion {n} of {total}</source>
        <translation type="vanished">Perfusion {n} sur {total}</translation>
    </message>
    <message>
        <source>not prepared</source>
        <translation>non préparée</translation>
    </message>
    <message>
        <source>ready · dose {dose} ×10⁶/kg · bag {bag}</source>
        <translation type="vanished">prête · dose {dose} ×10⁶/kg · poche {bag}</translation>
    </message>
    <message>
        <source>RUNNING since {t} · dose {dose} ×10⁶/kg</source>
        <translation type="vanished">EN COURS depuis {t} · dose {dose} ×10⁶/kg</translation>
    </message>
    <message>
        <source>PAUSED · started {t}</source>
        <translation>EN PAUSE · commencée à {t}</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complète</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>partielle</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>ended {t} · {outcome}</source>
        <translation>terminée à {t} · {outcome}</translation>
    </message>
    <message>
        <source>✓ Checked</source>
        <translation>✓ Contrôlée</translation>
    </message>
    <message>
        <source>✓ Checked by {name}</source>
        <translation>✓ Contrôlé par {name}</translation>
    </message>
    <message>
        <source>Two-person check…</source>
        <translation>Double contrôle…</translation>
    </message>
    <message>
        <source>Infusion {n}/{total}</source>
        <translation>Perfusion {n}/{total}</translation>
    </message>
    <message>
        <source>ready · bag {bag} · dose {dose} ×10⁶/kg</source>
        <translation>prête · poche {bag} · {dose} ×10⁶/kg</translation>
    </message>
    <message>
        <source>RUNNING since {t} · {dose} ×10⁶/kg</source>
        <translation>EN COURS depuis {t} · {dose} ×10⁶/kg</translation>
    </message>
    <message>
        <source>Cannot start yet: </source>
        <translation>Impossible de commencer pour l&apos;instant&#xa0;: </translation>
    </message>
    <message>
        <source>Record the product and dose first.</source>
        <translation>Enregistrez d&apos;abord le produit et la dose.</translation>
    </message>
    <message>
        <source>Do not chart the monitor values</source>
        <translation>Ne pas enregistrer les valeurs du moniteur</translation>
    </message>
    <message>
        <source>Why are the monitor values of {time} not charted (probe off, line flushed, patient moving…)?</source>
        <translation>Pourquoi les valeurs du moniteur de {time} ne sont-elles pas enregistrées (capteur débranché, ligne rincée, patient agité…)&#xa0;?</translation>
    </message>
</context>
<context>
    <name>FlowsheetTable</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Timepoint</source>
        <translation>Point de mesure</translation>
    </message>
    <message>
        <source>Double-click a reading to correct it</source>
        <translation>Double-cliquez sur une mesure pour la corriger</translation>
    </message>
    <message>
        <source>due</source>
        <translation>attendu</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>à venir</translation>
    </message>
</context>
<context>
    <name>FollowUpDashboard</name>
    <message>
        <source>Follow-up visits due</source>
        <translation>Visites de suivi à faire</translation>
    </message>
    <message>
        <source>{who} · {visit} due {a} – {b}</source>
        <translation>{who} · {visit} à faire du {a} au {b}</translation>
    </message>
    <message>
        <source>{who} · {visit} OVERDUE (window {a} – {b})</source>
        <translation>{who} · {visit} EN RETARD (fenêtre {a} – {b})</translation>
    </message>
    <message>
        <source>{who} · {visit} from {a}</source>
        <translation>{who} · {visit} à partir du {a}</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <source>Record the day-{n} visit</source>
        <translation>Enregistrer la visite du jour {n}</translation>
    </message>
    <message>
        <source>Unscheduled visit</source>
        <translation>Visite non programmée</translation>
    </message>
    <message>
        <source>End of participation…</source>
        <translation>Fin de participation…</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Vital status</source>
        <translation>Statut vital</translation>
    </message>
    <message>
        <source>Respiratory support</source>
        <translation>Support respiratoire</translation>
    </message>
    <message>
        <source>AESI</source>
        <translation>EIIP</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signée</translation>
    </message>
    <message>
        <source>Correct the selected visit…</source>
        <translation>Corriger la visite choisie…</translation>
    </message>
    <message>
        <source>Sign the selected visit…</source>
        <translation>Signer la visite choisie…</translation>
    </message>
    <message>
        <source>Not included: follow-up starts at inclusion.</source>
        <translation>Pas inclus&#xa0;: le suivi commence à l&apos;inclusion.</translation>
    </message>
    <message>
        <source>Participation ended on {date}: {reason}.</source>
        <translation>Participation terminée le {date}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Day {n} after inclusion.</source>
        <translation>Jour {n} après l&apos;inclusion.</translation>
    </message>
    <message>
        <source>Day-{d} visit DUE until {end}.</source>
        <translation>Visite du jour {d} À FAIRE jusqu&apos;au {end}.</translation>
    </message>
    <message>
        <source>Day-{d} visit OVERDUE (window ended {end}).</source>
        <translation>Visite du jour {d} EN RETARD (fenêtre terminée le {end}).</translation>
    </message>
    <message>
        <source>Next: day-{d} visit from {start}.</source>
        <translation>Prochaine&#xa0;: visite du jour {d} à partir du {start}.</translation>
    </message>
    <message>
        <source>Day {n}</source>
        <translation>Jour {n}</translation>
    </message>
    <message>
        <source>Alive</source>
        <translation>Vivant</translation>
    </message>
    <message>
        <source>Died on {date}</source>
        <translation>Décédé le {date}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>✓ signed</source>
        <translation>✓ signée</translation>
    </message>
    <message>
        <source>to sign</source>
        <translation>à signer</translation>
    </message>
    <message>
        <source>Sign the follow-up visit</source>
        <translation>Signer la visite de suivi</translation>
    </message>
    <message>
        <source>By signing, you confirm this follow-up visit as recorded ({date}).</source>
        <translation>En signant, vous confirmez cette visite de suivi telle qu&apos;enregistrée ({date}).</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
</context>
<context>
    <name>HeldMessagesDialog</name>
    <message>
        <source>Monitor and lab messages held for review</source>
        <translation>Messages du moniteur et du laboratoire en attente de vérification</translation>
    </message>
    <message>
        <source>These messages carry this patient&apos;s hospital number ({mrn}) but another name or birth date, so they are never charted. In Bedside: {name}, born {born}. If Bedside is wrong, correct the Identity tab: the messages then agree and are proposed. Otherwise dismiss each one as not this patient.</source>
        <translation>Ces messages portent le numéro hospitalier de ce patient ({mrn}) mais un autre nom ou une autre date de naissance&#xa0;: ils ne sont jamais enregistrés. Dans Bedside&#xa0;: {name}, né(e) le {born}. Si Bedside se trompe, corrigez l&apos;onglet Identité&#xa0;: les messages concordent alors et sont proposés. Sinon, écartez chacun comme n&apos;étant pas ce patient.</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Name in the message</source>
        <translation>Nom dans le message</translation>
    </message>
    <message>
        <source>Birth date in the message</source>
        <translation>Naissance dans le message</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Lit</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>No message is held for this patient.</source>
        <translation>Aucun message en attente pour ce patient.</translation>
    </message>
    <message>
        <source>Not this patient: dismiss…</source>
        <translation>Pas ce patient&#xa0;: écarter…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Not this patient</source>
        <translation>Pas ce patient</translation>
    </message>
    <message>
        <source>Why is the message of {time} from {sender} not this patient&apos;s (another patient in bed {bed}, name misspelt by the sender…)?</source>
        <translation>Pourquoi le message de {time} venant de {sender} n&apos;est-il pas celui de ce patient (autre patient au lit {bed}, nom mal orthographié par l&apos;émetteur…)&#xa0;?</translation>
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
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}&#xa0;: {old} → {new}</translation>
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
    <name>Infusion</name>
    <message>
        <source>Infusions</source>
        <translation>Perfusions</translation>
    </message>
    <message>
        <source>extra</source>
        <translation>supplémentaire</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valeur de base</translation>
    </message>
    <message>
        <source>+{m} min</source>
        <translation>+{m} min</translation>
    </message>
    <message>
        <source>End +{m}</source>
        <translation>Fin +{m}</translation>
    </message>
</context>
<context>
    <name>InfusionDashboard</name>
    <message>
        <source>Infusions due</source>
        <translation>Perfusions à faire</translation>
    </message>
    <message>
        <source>{who} · infusion {n} in progress ({status})</source>
        <translation>{who} · perfusion {n} en cours ({status})</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>{k} reading(s) overdue</source>
        <translation>{k} mesure(s) en retard</translation>
    </message>
    <message>
        <source>{who} · infusion {n} due today ({a} – {b})</source>
        <translation>{who} · perfusion {n} à faire aujourd&apos;hui ({a} – {b})</translation>
    </message>
    <message>
        <source>{who} · infusion {n} OVERDUE (window {a} – {b})</source>
        <translation>{who} · perfusion {n} EN RETARD (fenêtre {a} – {b})</translation>
    </message>
    <message>
        <source>{who} · infusion {n} from {a} (window to {b})</source>
        <translation>{who} · perfusion {n} à partir du {a} (fenêtre jusqu&apos;au {b})</translation>
    </message>
    <message>
        <source>Follow-up visits due</source>
        <translation type="vanished">Visites de suivi à faire</translation>
    </message>
    <message>
        <source>{who} · {visit} due {a} – {b}</source>
        <translation type="vanished">{who} · {visit} à faire {a} – {b}</translation>
    </message>
    <message>
        <source>{who} · {visit} from {a}</source>
        <translation type="vanished">{who} · {visit} à partir du {a}</translation>
    </message>
    <message>
        <source>Serious adverse events: 24 h reporting</source>
        <translation>Événements indésirables graves&#xa0;: déclaration sous 24 h</translation>
    </message>
    <message>
        <source>{who} · SAE “{term}” report LATE by {t}</source>
        <translation>{who} · EIG « {term} » déclaration EN RETARD de {t}</translation>
    </message>
    <message>
        <source>{who} · SAE “{term}” report within {t}</source>
        <translation>{who} · EIG « {term} » à déclarer dans {t}</translation>
    </message>
</context>
<context>
    <name>InfusionTab</name>
    <message>
        <source>Flowsheet</source>
        <translation>Feuille de surveillance</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Événements indésirables</translation>
    </message>
    <message>
        <source>Infusion</source>
        <translation>Perfusion</translation>
    </message>
    <message>
        <source>Adverse events ({n})</source>
        <translation>Événements indésirables ({n})</translation>
    </message>
    <message>
        <source> · {k} SAE clock</source>
        <translation> · {k} délai EIG</translation>
    </message>
</context>
<context>
    <name>LabCorrectionDialog</name>
    <message>
        <source>Correct {lab}</source>
        <translation>Corriger {lab}</translation>
    </message>
    <message>
        <source>Stored: {value} {unit} at {time} (entered {entered})</source>
        <translation>Enregistré&#xa0;: {value} {unit} à {time} (saisi {entered})</translation>
    </message>
    <message>
        <source>DD/MM/YYYY HH:MM</source>
        <translation>JJ/MM/AAAA HH:MM</translation>
    </message>
    <message>
        <source>why the value is corrected</source>
        <translation>pourquoi la valeur est corrigée</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>LabRow</name>
    <message>
        <source>DD/MM/YYYY HH:MM</source>
        <translation>JJ/MM/AAAA HH:MM</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Correct last…</source>
        <translation>Corriger la dernière…</translation>
    </message>
    <message>
        <source>Accept from the lab</source>
        <translation>Accepter du laboratoire</translation>
    </message>
    <message>
        <source>Not done:</source>
        <translation>Non réalisé&#xa0;:</translation>
    </message>
    <message>
        <source>Only when this value was not measured: the reason. Delete clears it.</source>
        <translation>Seulement si cette valeur n&apos;a pas été mesurée&#xa0;: le motif. Suppr l&apos;efface.</translation>
    </message>
    <message>
        <source>No value yet.</source>
        <translation>Pas encore de valeur.</translation>
    </message>
    <message>
        <source>Previous: {value} {unit} at {time}</source>
        <translation>Précédente&#xa0;: {value} {unit} à {time}</translation>
    </message>
    <message>
        <source>(entered {entered})</source>
        <translation>(saisie {entered})</translation>
    </message>
    <message>
        <source>— before: {value} at {time}</source>
        <translation>— avant&#xa0;: {value} à {time}</translation>
    </message>
    <message>
        <source>{value} {unit} sampled {time}</source>
        <translation>{value} {unit} prélevé le {time}</translation>
    </message>
    <message>
        <source>From the lab system: </source>
        <translation>Du laboratoire&#xa0;: </translation>
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
        <translation>Écran verrouillé. {user}, reconnectez-vous pour retrouver votre travail en cours&#xa0;; une autre personne peut aussi se connecter.</translation>
    </message>
    <message>
        <source> (it had been running since {when})</source>
        <translation> (il était ouvert depuis le {when})</translation>
    </message>
    <message>
        <source>Bedside did not close normally last time{since} — a power cut, a forced stop or an error. Everything that was saved is safe. Sign in: anything you were still typing will be offered back to you.</source>
        <translation>Bedside ne s&apos;est pas fermé normalement la dernière fois{since} — coupure de courant, arrêt forcé ou erreur. Tout ce qui avait été enregistré est intact. Connectez-vous&#xa0;: ce que vous étiez en train de saisir vous sera proposé à nouveau.</translation>
    </message>
    <message>
        <source>Demonstration vault with fictitious patients. Users: nurse, investigator, datamanager, admin — password: bedside-demo</source>
        <translation>Coffre de démonstration avec des patients fictifs. Utilisateurs&#xa0;: nurse, investigator, datamanager, admin — mot de passe&#xa0;: bedside-demo</translation>
    </message>
    <message>
        <source>Account created or password changed on another PC? This PC has not received the change yet: it arrives with the next sync.</source>
        <translation>Compte créé ou mot de passe changé sur un autre PC&#xa0;? Ce PC n&apos;a pas encore reçu le changement&#xa0;: il arrive à la prochaine synchronisation.</translation>
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
        <source>Site settings</source>
        <translation>Paramètres du site</translation>
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
        <source>Endpoints and CONSORT</source>
        <translation>Critères et CONSORT</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Night mode</source>
        <translation>Mode nuit</translation>
    </message>
    <message>
        <source>Dark low-glare colours for night shifts</source>
        <translation>Couleurs sombres, peu éblouissantes, pour les gardes de nuit</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>Connecté&#xa0;: {name} ({role})</translation>
    </message>
    <message>
        <source>Vault: encrypted, unlocked</source>
        <translation>Coffre chiffré, ouvert</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>Personne n&apos;est connecté</translation>
    </message>
    <message>
        <source>Vault: encrypted, locked</source>
        <translation>Coffre chiffré, verrouillé</translation>
    </message>
    <message>
        <source>Screening log</source>
        <translation>Registre de sélection</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>About Bedside</source>
        <translation>À propos de Bedside</translation>
    </message>
</context>
<context>
    <name>MonitorStrip</name>
    <message>
        <source>Do not chart… F10</source>
        <translation>Ne pas enregistrer… F10</translation>
    </message>
    <message>
        <source>Monitor {time}: check the blue values, Enter saves.</source>
        <translation>Moniteur {time}&#xa0;: vérifiez les valeurs en bleu, Entrée valide.</translation>
    </message>
    <message>
        <source>Monitor {time}, values in blue: check, change any, Enter saves.</source>
        <translation type="vanished">Moniteur {time}, valeurs en bleu&#xa0;: vérifiez, corrigez au besoin, Entrée valide.</translation>
    </message>
    <message>
        <source>{n} held (identity) — review…</source>
        <translation>{n} en attente (identité) — vérifier…</translation>
    </message>
    <message>
        <source>{n} held: name or birth date differ — review…</source>
        <translation type="vanished">{n} en attente&#xa0;: identité différente — vérifier…</translation>
    </message>
    <message>
        <source>{n} held: name or birth date differ</source>
        <translation type="vanished">{n} en attente&#xa0;: identité différente</translation>
    </message>
    <message>
        <source>From the monitor at {time} (values in blue): check them, change any, Enter saves.</source>
        <translation type="vanished">Du moniteur à {time} (valeurs en bleu)&#xa0;: vérifiez-les, corrigez au besoin, Entrée valide.</translation>
    </message>
    <message>
        <source>Held for review: {n} monitor message(s) whose name or birth date differ from this patient&apos;s.</source>
        <translation>À vérifier&#xa0;: {n} message(s) du moniteur dont le nom ou la date de naissance diffèrent de ce patient.</translation>
    </message>
</context>
<context>
    <name>NextDueBanner</name>
    <message>
        <source>Record product, dose and checks to begin.</source>
        <translation>Enregistrez le produit, la dose et les contrôles pour commencer.</translation>
    </message>
    <message>
        <source>{n} missed</source>
        <translation type="vanished">{n} manquée(s)</translation>
    </message>
    <message>
        <source>{n} overdue</source>
        <translation>{n} en retard</translation>
    </message>
    <message>
        <source>Reading overdue: {what}</source>
        <translation>Mesure en retard&#xa0;: {what}</translation>
    </message>
    <message>
        <source>All scheduled readings done</source>
        <translation>Toutes les mesures prévues sont faites</translation>
    </message>
    <message>
        <source>DUE NOW · {what} reading · {when}</source>
        <translation>À FAIRE MAINTENANT · mesure {what} · {when}</translation>
    </message>
    <message>
        <source>late {cd}</source>
        <translation>en retard de {cd}</translation>
    </message>
    <message>
        <source>in {cd}</source>
        <translation>dans {cd}</translation>
    </message>
    <message>
        <source>Next reading · {what} · at {when}</source>
        <translation>Prochaine mesure · {what} · à {when}</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>◀  Back</source>
        <translation>◀  Retour</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Sign eligibility</source>
        <translation type="vanished">Signer l&apos;éligibilité</translation>
    </message>
    <message>
        <source>Electronic signature by {name}. Meaning: eligibility confirmed. Enter your password.</source>
        <translation type="vanished">Signature électronique de {name}. Signification&#xa0;: éligibilité confirmée. Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="vanished">Signer</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Entrez votre mot de passe.</translation>
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
        <translation type="vanished">AAAA-MM-JJ</translation>
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
        <translation>scanner ou saisir&#xa0;; vide = MRN</translation>
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
        <source>DD/MM/YYYY</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <source>Reason for correction</source>
        <translation>Motif de la correction</translation>
    </message>
</context>
<context>
    <name>PatientListWidget</name>
    <message>
        <source>Name, no. or wristband (scan)</source>
        <translation>Nom, n° ou bracelet (scanner)</translation>
    </message>
    <message>
        <source>Search name, study no. or hospital no. (or scan the wristband)</source>
        <translation>Chercher&#xa0;: nom, n° d&apos;étude ou n° hospitalier (ou scanner le bracelet)</translation>
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
    <name>PauseDialog</name>
    <message>
        <source>Pause the infusion</source>
        <translation>Mettre la perfusion en pause</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>PlanStrip</name>
    <message>
        <source>{n} ✓ {d}</source>
        <translation>{n} ✓ {d}</translation>
    </message>
    <message>
        <source>{n} ● running</source>
        <translation>{n} ● en cours</translation>
    </message>
    <message>
        <source>{n} · DUE {a}–{b}</source>
        <translation>{n} · À FAIRE {a}–{b}</translation>
    </message>
    <message>
        <source>{n} · LATE {a}–{b}</source>
        <translation>{n} · EN RETARD {a}–{b}</translation>
    </message>
    <message>
        <source>{n} · {a}–{b}</source>
        <translation>{n} · {a}–{b}</translation>
    </message>
    <message>
        <source>Infusion {n}</source>
        <translation>Perfusion {n}</translation>
    </message>
    <message>
        <source>{what}: {d}</source>
        <translation>{what}&#xa0;: {d}</translation>
    </message>
    <message>
        <source>Not included yet: no infusion plan.</source>
        <translation>Pas encore inclus&#xa0;: pas de plan de perfusion.</translation>
    </message>
</context>
<context>
    <name>ProductDoseDialog</name>
    <message>
        <source>Infusion {n}: product and dose</source>
        <translation>Perfusion {n}&#xa0;: produit et dose</translation>
    </message>
    <message>
        <source>Bag id (scan)</source>
        <translation>Identifiant de la poche (scanner)</translation>
    </message>
    <message>
        <source>Donor id (scan)</source>
        <translation>Identifiant du donneur (scanner)</translation>
    </message>
    <message>
        <source>Viable cells (×10⁶)</source>
        <translation>Cellules viables (×10⁶)</translation>
    </message>
    <message>
        <source>Volume (mL)</source>
        <translation>Volume (mL)</translation>
    </message>
    <message>
        <source>Expiry on label</source>
        <translation>Péremption sur l&apos;étiquette</translation>
    </message>
    <message>
        <source>Thaw time</source>
        <translation>Heure de décongélation</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Heure limite</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>from the label, e.g. 25/11 15:00</source>
        <translation>d&apos;après l&apos;étiquette, p. ex. 25/11 15:00</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Poids (kg)</translation>
    </message>
    <message>
        <source>Weighed at</source>
        <translation>Pesé le</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>The weight is older than {h} h: weigh the patient and set the time.</source>
        <translation>Le poids date de plus de {h} h&#xa0;: pesez le patient et indiquez l&apos;heure.</translation>
    </message>
    <message>
        <source>Out-of-window reason</source>
        <translation>Motif hors fenêtre</translation>
    </message>
    <message>
        <source>only if outside the planned window</source>
        <translation>seulement si hors de la fenêtre prévue</translation>
    </message>
    <message>
        <source>only if outside {a}–{b}</source>
        <translation>seulement si hors {a}–{b}</translation>
    </message>
    <message>
        <source>window {a} – {b}: reason only if outside</source>
        <translation type="vanished">fenêtre {a} – {b}&#xa0;: motif seulement si hors fenêtre</translation>
    </message>
    <message>
        <source>Investigator override</source>
        <translation>Dérogation de l&apos;investigateur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Investigator</source>
        <translation>Investigateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Record product and dose</source>
        <translation>Enregistrer le produit et la dose</translation>
    </message>
    <message>
        <source>{v} ×10⁶/kg</source>
        <translation>{v} ×10⁶/kg</translation>
    </message>
    <message>
        <source>(outside {a}–{b})</source>
        <translation>(hors de {a}–{b})</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason for the change</source>
        <translation type="vanished">Motif de la modification</translation>
    </message>
    <message>
        <source>This assessment was signed. Why is it changed? The new version will need a new signature.</source>
        <translation type="vanished">Cette évaluation a été signée. Pourquoi est-elle modifiée&#xa0;? La nouvelle version devra être signée à nouveau.</translation>
    </message>
</context>
<context>
    <name>ReasonPrompt</name>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Give a reason for the change.</source>
        <translation>Indiquez le motif de la modification.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>New recovery code</source>
        <translation>Nouveau code de récupération</translation>
    </message>
    <message>
        <source>The vault&apos;s key was changed (an account was revoked or a password reset). The old recovery code no longer opens this PC&apos;s vault. Write down or print this new code now and lock it away, in place of the old one. It is shown only once.</source>
        <translation>La clé du coffre a été changée (un compte a été révoqué ou un mot de passe réinitialisé). L&apos;ancien code de récupération n&apos;ouvre plus le coffre de ce PC. Notez ou imprimez ce nouveau code maintenant et mettez-le sous clé, à la place de l&apos;ancien. Il n&apos;est affiché qu&apos;une seule fois.</translation>
    </message>
    <message>
        <source>I have written down the new recovery code and stored it safely</source>
        <translation>J&apos;ai noté le nouveau code de récupération et je l&apos;ai rangé en lieu sûr</translation>
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
        <translation>Cet élément ({kind}) a été modifié sur deux PC en même temps. Choisissez, pour chaque ligne, la valeur à garder.</translation>
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
        <translation>Motif&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Keep version {letter} entirely</source>
        <translation>Garder entièrement la version {letter}</translation>
    </message>
    <message>
        <source>Why this choice? (required)</source>
        <translation>Pourquoi ce choix&#xa0;? (obligatoire)</translation>
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
        <translation>Choisissez une valeur sur chaque ligne rouge.</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>Donnez un motif.</translation>
    </message>
</context>
<context>
    <name>ScreeningLogDialog</name>
    <message>
        <source>Screening log</source>
        <translation>Registre de sélection</translation>
    </message>
</context>
<context>
    <name>ScreeningLogWidget</name>
    <message>
        <source>Screening no.</source>
        <translation>N° de sélection</translation>
    </message>
    <message>
        <source>Subject id</source>
        <translation>N° de sujet</translation>
    </message>
    <message>
        <source>Screened</source>
        <translation>Sélectionné le</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Failed criteria</source>
        <translation>Critères non remplis</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>Confirmation due</source>
        <translation>Confirmation attendue</translation>
    </message>
    <message>
        <source>Not eligible: the criteria not met</source>
        <translation>Non éligible&#xa0;: critères non remplis</translation>
    </message>
    <message>
        <source>Note (required for “other”)</source>
        <translation>Note (obligatoire pour « autre »)</translation>
    </message>
    <message>
        <source>Record screen failure</source>
        <translation>Enregistrer l&apos;échec de screening</translation>
    </message>
    <message>
        <source>Retract screen failure…</source>
        <translation>Retirer l&apos;échec de screening…</translation>
    </message>
    <message>
        <source>Recorded by mistake, or the patient is included after all: the screen failure stays in the history, no longer counted.</source>
        <translation>Enregistré par erreur, ou le patient est finalement inclus&#xa0;: l&apos;échec de screening reste dans l&apos;historique et n&apos;est plus compté.</translation>
    </message>
    <message>
        <source>Not included because:</source>
        <translation>Non inclus parce que&#xa0;:</translation>
    </message>
    <message>
        <source>screen failure retracted: {why}</source>
        <translation>échec de screening retiré&#xa0;: {why}</translation>
    </message>
    <message>
        <source>Change the screen failure</source>
        <translation>Modifier l&apos;échec de screening</translation>
    </message>
    <message>
        <source>A screen failure is already recorded for {number}. Reason for the change:</source>
        <translation>Un échec de screening est déjà enregistré pour {number}. Motif de la modification&#xa0;:</translation>
    </message>
    <message>
        <source>{number} has no screen failure to retract.</source>
        <translation>{number} n&apos;a pas d&apos;échec de screening à retirer.</translation>
    </message>
    <message>
        <source>Retract the screen failure</source>
        <translation>Retirer l&apos;échec de screening</translation>
    </message>
    <message>
        <source>Retract the screen failure of {number}? It stays in the history, is no longer counted, and the patient is back in screening. Why?</source>
        <translation>Retirer l&apos;échec de screening de {number}&#xa0;? Il reste dans l&apos;historique, n&apos;est plus compté, et le patient revient en screening. Pourquoi&#xa0;?</translation>
    </message>
    <message>
        <source>Screen failure of {number} retracted: the patient is back in screening.</source>
        <translation>Échec de screening de {number} retiré&#xa0;: le patient revient en screening.</translation>
    </message>
    <message>
        <source>Screen failure recorded.</source>
        <translation>Échec de screening enregistré.</translation>
    </message>
    <message>
        <source>Note (e.g. why declined)</source>
        <translation type="vanished">Note (p. ex. motif du refus)</translation>
    </message>
    <message>
        <source>Record outcome for selected patient</source>
        <translation type="vanished">Enregistrer l&apos;issue pour le patient sélectionné</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="vanished">Issue&#xa0;:</translation>
    </message>
    <message>
        <source>Could not load the screening log.</source>
        <translation>Impossible de charger le registre de sélection.</translation>
    </message>
    <message>
        <source>Included {n} of {target}.</source>
        <translation>Inclus&#xa0;: {n} sur {target}.</translation>
    </message>
    <message>
        <source>The trial target is reached.</source>
        <translation>L&apos;objectif de recrutement est atteint.</translation>
    </message>
    <message>
        <source>The trial target is nearly reached.</source>
        <translation>L&apos;objectif de recrutement est presque atteint.</translation>
    </message>
    <message>
        <source>Screened {screened} · included {included} · not eligible {ne} · declined {declined} · other {other} · in screening {screening}</source>
        <translation>Sélectionnés {screened} · inclus {included} · non éligibles {ne} · refus {declined} · autres {other} · en cours de sélection {screening}</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>EN RETARD</translation>
    </message>
    <message>
        <source>Select a patient first.</source>
        <translation>Sélectionnez d&apos;abord un patient.</translation>
    </message>
    <message>
        <source>Outcome recorded.</source>
        <translation type="vanished">Issue enregistrée.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Site settings</source>
        <translation>Paramètres du site</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Nom du site</translation>
    </message>
    <message>
        <source>Lock the screen after (minutes idle)</source>
        <translation>Verrouiller l&apos;écran après (minutes d&apos;inactivité)</translation>
    </message>
    <message>
        <source>Study subject id format</source>
        <translation>Format du n° de sujet de l&apos;étude</translation>
    </message>
    <message>
        <source>Enrollment target (patients)</source>
        <translation>Objectif de recrutement (patients)</translation>
    </message>
    <message>
        <source>Warn when this many inclusions remain</source>
        <translation>Avertir quand il reste ce nombre d&apos;inclusions</translation>
    </message>
    <message>
        <source>Days between infusions, at least</source>
        <translation>Jours entre les perfusions, au moins</translation>
    </message>
    <message>
        <source>Days between infusions, at most</source>
        <translation>Jours entre les perfusions, au plus</translation>
    </message>
    <message>
        <source>Consent form languages (comma-separated codes)</source>
        <translation>Langues des formulaires de consentement (codes séparés par des virgules)</translation>
    </message>
    <message>
        <source>CSV exports for people</source>
        <translation>Exports CSV à lire</translation>
    </message>
    <message>
        <source>Folder for saved copies (empty: each user&apos;s Documents)</source>
        <translation>Dossier des copies enregistrées (vide&#xa0;: les Documents de chaque utilisateur)</translation>
    </message>
    <message>
        <source>Semicolon, decimal comma (French Excel)</source>
        <translation>Point-virgule, virgule décimale (Excel en français)</translation>
    </message>
    <message>
        <source>Comma, decimal point (machine import)</source>
        <translation>Virgule, point décimal (import par un logiciel)</translation>
    </message>
    <message>
        <source>These settings apply to every PC of the site; when two PCs change the same setting, the latest change wins everywhere.</source>
        <translation>Ces paramètres valent pour tous les PC du site&#xa0;; si deux PC modifient le même paramètre, la modification la plus récente s&apos;applique partout.</translation>
    </message>
    <message>
        <source>Each enrolled PC numbers patients in its own series: TJT-{n:03d} gives TJT-03-001 on PC 03 (or place {pc:02d} yourself).</source>
        <translation>Chaque PC inscrit numérote les patients dans sa propre série&#xa0;: TJT-{n:03d} donne TJT-03-001 sur le PC 03 (ou placez vous-même {pc:02d}).</translation>
    </message>
    <message>
        <source>Last change: {who}, {when} ({reason})</source>
        <translation>Dernière modification&#xa0;: {who}, {when} ({reason})</translation>
    </message>
    <message>
        <source>e.g. protocol amendment 2, approved 01/12</source>
        <translation>p. ex. amendement 2 du protocole, approuvé le 01/12</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Motif de la modification</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>Investigator sign-off</source>
        <translation>Validation par l&apos;investigateur</translation>
    </message>
    <message>
        <source>{term} — grade {grade}. I have reviewed this adverse event.</source>
        <translation>{term} — grade {grade}. J&apos;ai revu cet événement indésirable.</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Votre mot de passe</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>Zone de signature</translation>
    </message>
    <message>
        <source>Sign here with finger, pen or mouse</source>
        <translation>Signez ici avec le doigt, un stylet ou la souris</translation>
    </message>
</context>
<context>
    <name>StopDialog</name>
    <message>
        <source>Stop the infusion</source>
        <translation>Arrêter la perfusion</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complète</translation>
    </message>
    <message>
        <source>Partial (volume given)</source>
        <translation>Partielle (volume administré)</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Volume given (mL)</source>
        <translation>Volume administré (mL)</translation>
    </message>
    <message>
        <source>partial only</source>
        <translation>partielle uniquement</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>if not complete</source>
        <translation>si incomplète</translation>
    </message>
    <message>
        <source>Stop infusion</source>
        <translation>Arrêter la perfusion</translation>
    </message>
</context>
<context>
    <name>StoredValue</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>SupportRow</name>
    <message>
        <source>ended on</source>
        <translation>terminé le</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>from</source>
        <translation>depuis le</translation>
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
        <translation>{kind} modifié sur deux PC&#xa0;: {fields} — ouvrez Synchronisation pour résoudre</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Sync with the ward server</source>
        <translation>Synchroniser avec le serveur du service</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Server and enrollment</source>
        <translation>Serveur et enrôlement</translation>
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
        <translation>Serveur&#xa0;: {server} · Ce PC&#xa0;: {name} · En attente d&apos;envoi&#xa0;: {unsent} · Refusés par le serveur&#xa0;: {rejected}</translation>
    </message>
    <message>
        <source>The server reports that this PC&apos;s history differs from what it received before (restored from an old copy, or altered). Nothing was overwritten. Tell the data manager.</source>
        <translation>Le serveur signale que l&apos;historique de ce PC diffère de ce qu&apos;il a reçu auparavant (restauré depuis une ancienne copie, ou altéré). Rien n&apos;a été écrasé. Prévenez le gestionnaire de données.</translation>
    </message>
    <message>
        <source>The server refused this PC ({code}). An administrator must enroll it again.</source>
        <translation>Le serveur a refusé ce PC ({code}). Un administrateur doit l&apos;enrôler à nouveau.</translation>
    </message>
    <message>
        <source>The same record was corrected on two PCs while they were offline. Both versions are kept; an investigator chooses one or merges them.</source>
        <translation>Le même enregistrement a été corrigé sur deux PC hors ligne. Les deux versions sont conservées&#xa0;; un investigateur en choisit une ou les fusionne.</translation>
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
        <translation>Enrôler ce PC auprès du serveur du service</translation>
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
        <translation>Code d&apos;enrôlement à usage unique</translation>
    </message>
    <message>
        <source>Site certificate</source>
        <translation>Certificat du site</translation>
    </message>
    <message>
        <source>Forget this server</source>
        <translation>Oublier ce serveur</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Enrôler</translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation>Connexion au serveur…</translation>
    </message>
    <message>
        <source>This PC no longer syncs. Enroll it again with a new code.</source>
        <translation>Ce PC ne se synchronise plus. Inscrivez-le à nouveau avec un nouveau code.</translation>
    </message>
    <message>
        <source>Enrolled. This PC now syncs with the server.</source>
        <translation>Enrôlé. Ce PC se synchronise désormais avec le serveur.</translation>
    </message>
    <message>
        <source>This PC belongs to another site: its site administrator key differs from the server&apos;s. To work with this server, install a new vault and join the site (first-run wizard).</source>
        <translation>Ce PC appartient à un autre site&#xa0;: sa clé d&apos;administrateur du site diffère de celle du serveur. Pour travailler avec ce serveur, installez un nouveau coffre et rejoignez le site (assistant de premier démarrage).</translation>
    </message>
    <message>
        <source>The server refused the code (unknown, already used or expired).</source>
        <translation>Le serveur a refusé le code (inconnu, déjà utilisé ou expiré).</translation>
    </message>
    <message>
        <source>The server cannot be reached, or its certificate is not the site&apos;s.</source>
        <translation>Le serveur est injoignable, ou son certificat n&apos;est pas celui du site.</translation>
    </message>
</context>
<context>
    <name>SyncQuarantineSection</name>
    <message>
        <source>Entries from other PCs kept aside</source>
        <translation>Entrées d&apos;autres PC mises de côté</translation>
    </message>
    <message>
        <source>PC {pc} sent an entry that breaks the record rules: kept aside, not applied ({when})</source>
        <translation>Le PC {pc} a envoyé une entrée contraire aux règles&#xa0;: mise de côté, non appliquée ({when})</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync: not set up</source>
        <translation>Pas de synchro</translation>
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
        <translation>Erreur de synchro — nouvel essai</translation>
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
    <name>TestSeries</name>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <source>Add test</source>
        <translation>Ajouter un test</translation>
    </message>
    <message>
        <source>Remove last</source>
        <translation>Retirer le dernier</translation>
    </message>
    <message>
        <source>No test entered.</source>
        <translation>Aucun test saisi.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Not included: no follow-up.</source>
        <translation>Pas inclus&#xa0;: pas de suivi.</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>due</source>
        <translation>à faire</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>done</source>
        <translation>faite</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturée</translation>
    </message>
    <message>
        <source>Inclusion</source>
        <translation>Inclusion</translation>
    </message>
    <message>
        <source>Inf. {n}</source>
        <translation>Perf. {n}</translation>
    </message>
    <message>
        <source>Day {n}</source>
        <translation>Jour {n}</translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation>Non programmée</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>Décès</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Vital-sign trend chart</source>
        <translation>Graphique de tendance des signes vitaux</translation>
    </message>
    <message>
        <source>No readings yet</source>
        <translation>Pas encore de mesures</translation>
    </message>
</context>
<context>
    <name>TwoPersonDialog</name>
    <message>
        <source>Two-person bedside check</source>
        <translation>Double contrôle au lit du patient</translation>
    </message>
    <message>
        <source>A second person — not {name} — checks the patient and the bag.</source>
        <translation>Une seconde personne — pas {name} — vérifie le patient et la poche.</translation>
    </message>
    <message>
        <source>Scan wristband</source>
        <translation>Scanner le bracelet</translation>
    </message>
    <message>
        <source>Label matches patient, bag id and donor id</source>
        <translation>L&apos;étiquette correspond au patient, à la poche et au donneur</translation>
    </message>
    <message>
        <source>Second person: user</source>
        <translation>Seconde personne&#xa0;: utilisateur</translation>
    </message>
    <message>
        <source>Their password</source>
        <translation>Son mot de passe</translation>
    </message>
    <message>
        <source>Confirm check</source>
        <translation>Confirmer le contrôle</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Staff accounts</source>
        <translation>Comptes du personnel</translation>
    </message>
    <message>
        <source>These accounts are the whole site&apos;s: every PC of the site knows them. A change made here reaches the other PCs with their next sync; until then a PC that has not received it still knows the person as before.</source>
        <translation>Ces comptes sont ceux de tout le site&#xa0;: chaque PC du site les connaît. Une modification faite ici atteint les autres PC à leur prochaine synchronisation&#xa0;; d&apos;ici là, un PC qui ne l&apos;a pas reçue connaît encore la personne comme avant.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choisir —</translation>
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
        <source>Password again</source>
        <translation>Mot de passe (à nouveau)</translation>
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
        <source>Choose the role of the account.</source>
        <translation>Choisissez le rôle du compte.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the password again.</source>
        <translation>Les deux mots de passe diffèrent&#xa0;: tapez à nouveau le mot de passe.</translation>
    </message>
    <message>
        <source>Select an account in the list first.</source>
        <translation>Sélectionnez d&apos;abord un compte dans la liste.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Changer de rôle</translation>
    </message>
    <message>
        <source>Give {who} the role {role}? This changes what the account may do.</source>
        <translation>Donner à {who} le rôle {role}&#xa0;? Cela change ce que ce compte peut faire.</translation>
    </message>
    <message>
        <source>Revoke account</source>
        <translation>Révoquer le compte</translation>
    </message>
    <message>
        <source>Revoke {who}? They will no longer be able to sign in. What they recorded stays.</source>
        <translation>Révoquer {who}&#xa0;? Cette personne ne pourra plus se connecter. Ce qu&apos;elle a enregistré est conservé.</translation>
    </message>
</context>
<context>
    <name>VaultMove</name>
    <message>
        <source>Move the vault to this PC&apos;s shared folder?</source>
        <translation>Déplacer le coffre dans le dossier partagé de ce PC&#xa0;?</translation>
    </message>
    <message>
        <source>A vault from an earlier version of Bedside is in your own profile:
{old}

Bedside now keeps one vault per PC, for every user of this PC:
{new}

Move it there? The old folder is kept, renamed, until IT removes it.</source>
        <translation>Un coffre d&apos;une version précédente de Bedside se trouve dans votre profil&#xa0;:
{old}

Bedside garde désormais un seul coffre par PC, pour tous les utilisateurs de ce PC&#xa0;:
{new}

Le déplacer&#xa0;? L&apos;ancien dossier est conservé, renommé, jusqu&apos;à ce que l&apos;informatique le supprime.</translation>
    </message>
    <message>
        <source>Move it</source>
        <translation>Le déplacer</translation>
    </message>
    <message>
        <source>Use it where it is</source>
        <translation>L&apos;utiliser où il est</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <source>Day {n} visit</source>
        <translation>Visite du jour {n}</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Date de la visite</translation>
    </message>
    <message>
        <source>Why this visit</source>
        <translation>Motif de cette visite</translation>
    </message>
    <message>
        <source>Alive</source>
        <translation>Vivant</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Décédé</translation>
    </message>
    <message>
        <source>Vital status</source>
        <translation>Statut vital</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Date of death</source>
        <translation>Date du décès</translation>
    </message>
    <message>
        <source>Respiratory support at the visit</source>
        <translation>Support respiratoire à la visite</translation>
    </message>
    <message>
        <source>Add a period of respiratory support</source>
        <translation>Ajouter une période de support respiratoire</translation>
    </message>
    <message>
        <source>Since inclusion</source>
        <translation>Depuis l&apos;inclusion</translation>
    </message>
    <message>
        <source>discharged on</source>
        <translation>sorti le</translation>
    </message>
    <message>
        <source>Intensive care</source>
        <translation>Soins intensifs</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Hôpital</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>{term} — onset {date}, grade {grade}</source>
        <translation>{term} — début le {date}, grade {grade}</translation>
    </message>
    <message>
        <source>None in the adverse event log: record it there first if it occurred.</source>
        <translation>Aucun dans le registre des événements indésirables&#xa0;: enregistrez-le d&apos;abord s&apos;il est survenu.</translation>
    </message>
    <message>
        <source>Since inclusion: {what}?</source>
        <translation>Depuis l&apos;inclusion&#xa0;: {what}&#xa0;?</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Motif de la correction</translation>
    </message>
    <message>
        <source>Save the visit</source>
        <translation>Enregistrer la visite</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>vital status</source>
        <translation>statut vital</translation>
    </message>
    <message>
        <source>Answer every question: {what}.</source>
        <translation>Répondez à chaque question&#xa0;: {what}.</translation>
    </message>
    <message>
        <source>Give a reason for the correction.</source>
        <translation>Donnez le motif de la correction.</translation>
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
    <message>
        <source>Creating the vault and protecting it with the password…</source>
        <translation>Création du coffre et de sa protection par le mot de passe…</translation>
    </message>
</context>
<context>
    <name>_Dialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
</context>
<context>
    <name>_JoinPage</name>
    <message>
        <source>Join the site</source>
        <translation>Rejoindre le site</translation>
    </message>
    <message>
        <source>Staff accounts come from the site: after joining, everyone signs in here with their usual user name and password.</source>
        <translation>Les comptes du personnel viennent du site&#xa0;: une fois ce PC ajouté, chacun s&apos;y connecte avec son nom d&apos;utilisateur et son mot de passe habituels.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Site certificate</source>
        <translation>Certificat du site</translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation>Code d&apos;inscription</translation>
    </message>
    <message>
        <source>Connecting to the server and receiving the staff directory…</source>
        <translation>Connexion au serveur et réception de l&apos;annuaire du personnel…</translation>
    </message>
    <message>
        <source>The server refused the code (unknown, already used or expired).</source>
        <translation>Le serveur a refusé le code (inconnu, déjà utilisé ou expiré).</translation>
    </message>
    <message>
        <source>The server cannot be reached, or its certificate is not the site&apos;s.</source>
        <translation>Le serveur est injoignable, ou son certificat n&apos;est pas celui du site.</translation>
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
        <translation>Ce poste n&apos;a pas encore de coffre. Configurez-le une fois&#xa0;; les infirmiers et les investigateurs se connectent ensuite avec leur propre compte.</translation>
    </message>
    <message>
        <source>Create a new site (the first PC of the ward)</source>
        <translation>Créer un nouveau site (le premier PC du service)</translation>
    </message>
    <message>
        <source>Join the site&apos;s other PCs (the site already has a sync server and staff accounts)</source>
        <translation>Rejoindre les autres PC du site (le site a déjà un serveur de synchronisation et des comptes)</translation>
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
        <source>REDCap data dictionary and records import</source>
        <translation>REDCap&#xa0;: dictionnaire de données et fichier d’import</translation>
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
        <translation>Votre rôle ({role}) ne permet pas cette action&#xa0;: {action}.</translation>
    </message>
    <message>
        <source>This account is no longer active. Ask an administrator.</source>
        <translation>Ce compte n&apos;est plus actif. Adressez-vous à un administrateur.</translation>
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
        <translation>Le coffre a échoué au contrôle d&apos;intégrité et a peut-être été altéré&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>The vault file is damaged or incomplete and cannot be opened: {detail}</source>
        <translation>Le fichier du coffre est endommagé ou incomplet et ne peut pas être ouvert&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>The vault is in use by another program (another Bedside window, a backup or an antivirus scan). Wait a moment and try again.</source>
        <translation>Le coffre est utilisé par un autre programme (une autre fenêtre Bedside, une sauvegarde ou un antivirus). Patientez un instant puis réessayez.</translation>
    </message>
    <message>
        <source>The vault database could not be read ({detail}). Check the disk and the folder&apos;s permissions, then try again.</source>
        <translation>La base du coffre n&apos;a pas pu être lue ({detail}). Vérifiez le disque et les droits du dossier, puis réessayez.</translation>
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
        <translation>Cet enregistrement a été modifié ailleurs entre-temps&#xa0;; rechargez-le et réessayez.</translation>
    </message>
    <message>
        <source>The vault is busy in another Bedside window or program. Try again in a moment.</source>
        <translation>Le coffre est occupé par une autre fenêtre ou un autre programme Bedside. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Bedside is already open on this vault on this computer. Use the window that is already open, or close it first.</source>
        <translation>Bedside est déjà ouvert sur ce coffre sur cet ordinateur. Utilisez la fenêtre déjà ouverte, ou fermez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>The vault&apos;s sign-in settings were changed by another Bedside window meanwhile; nothing was overwritten. Try again.</source>
        <translation>Les réglages de connexion du coffre ont été modifiés entre-temps par une autre fenêtre Bedside&#xa0;; rien n&apos;a été écrasé. Réessayez.</translation>
    </message>
    <message>
        <source>The export could not be written: {detail}</source>
        <translation>L&apos;export n&apos;a pas pu être écrit&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>{count} words in free text may identify someone: review them before the export is released.</source>
        <translation>{count} mots du texte libre peuvent identifier quelqu’un&#xa0;: relisez-les avant que l’export soit diffusé.</translation>
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
        <translation type="vanished">Saisissez la date de naissance sous forme de date (année-mois-jour).</translation>
    </message>
    <message>
        <source>Enter the date of birth as day/month/year (DD/MM/YYYY).</source>
        <translation>Entrez la date de naissance sous la forme jour/mois/année (JJ/MM/AAAA).</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>La date de naissance ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The date of birth is before 1900; check the year.</source>
        <translation>La date de naissance est antérieure à 1900&#xa0;; vérifiez l&apos;année.</translation>
    </message>
    <message>
        <source>Choose the sex: F or M.</source>
        <translation>Choisissez le sexe&#xa0;: F ou M.</translation>
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
        <source>This kind of record is unknown to this version of Bedside.</source>
        <translation>Ce type de fiche est inconnu de cette version de Bedside.</translation>
    </message>
    <message>
        <source>“{label}” is required.</source>
        <translation>« {label} » est obligatoire.</translation>
    </message>
    <message>
        <source>“{label}” is not a field of this record.</source>
        <translation>« {label} » n&apos;est pas un champ de cette fiche.</translation>
    </message>
    <message>
        <source>“{label}” is outside its allowed range.</source>
        <translation>« {label} » est en dehors des valeurs permises.</translation>
    </message>
    <message>
        <source>“{label}” is too long or too short.</source>
        <translation>« {label} » est trop long ou trop court.</translation>
    </message>
    <message>
        <source>“{label}” is not one of the allowed values.</source>
        <translation>« {label} » ne fait pas partie des valeurs permises.</translation>
    </message>
    <message>
        <source>“{label}” is not written in the expected form.</source>
        <translation>« {label} » n&apos;est pas écrit sous la forme attendue.</translation>
    </message>
    <message>
        <source>“{label}” has the wrong kind of value.</source>
        <translation>« {label} » contient un type de valeur incorrect.</translation>
    </message>
    <message>
        <source>“{label}” {problem}.</source>
        <translation>« {label} » {problem}.</translation>
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
        <source>This record cannot be corrected here.</source>
        <translation>Cette fiche ne peut pas être corrigée ici.</translation>
    </message>
    <message>
        <source>The latest version of this record cannot be read: it was damaged or altered outside Bedside. The last good version is shown. Tell the data manager (bedside verify names it); a correction saved now replaces the damaged version.</source>
        <translation>La dernière version de cet enregistrement est illisible&#xa0;: elle a été endommagée ou modifiée en dehors de Bedside. La dernière version intacte est affichée. Prévenez le data manager (bedside verify la signale)&#xa0;; une correction enregistrée maintenant remplace la version endommagée.</translation>
    </message>
    <message>
        <source>This record cannot be read: every version of it was damaged or altered outside Bedside. Tell the data manager (bedside verify names it).</source>
        <translation>Cet enregistrement est illisible&#xa0;: toutes ses versions ont été endommagées ou modifiées en dehors de Bedside. Prévenez le data manager (bedside verify le signale).</translation>
    </message>
    <message>
        <source>Nothing was changed, so there is nothing to save.</source>
        <translation>Rien n&apos;a été modifié&#xa0;: il n&apos;y a rien à enregistrer.</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Infirmier</translation>
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
        <source>follow-up visit signed</source>
        <translation>visite de suivi signée</translation>
    </message>
    <message>
        <source>override approved</source>
        <translation>dérogation approuvée</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>failed sign-in</source>
        <translation>échec de connexion</translation>
    </message>
    <message>
        <source>account locked after failed sign-ins</source>
        <translation>compte bloqué après des échecs de connexion</translation>
    </message>
    <message>
        <source>screen locked</source>
        <translation>écran verrouillé</translation>
    </message>
    <message>
        <source>user switched</source>
        <translation>changement d&apos;utilisateur</translation>
    </message>
    <message>
        <source>created</source>
        <translation>création</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>enregistrement</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>correction</translation>
    </message>
    <message>
        <source>file stored (signature or PDF)</source>
        <translation>fichier enregistré (signature ou PDF)</translation>
    </message>
    <message>
        <source>data exported</source>
        <translation>export des données</translation>
    </message>
    <message>
        <source>export failed</source>
        <translation>échec de l&apos;export</translation>
    </message>
    <message>
        <source>copy of the consent PDF saved outside the vault</source>
        <translation>copie du PDF de consentement enregistrée hors du coffre</translation>
    </message>
    <message>
        <source>vault key added</source>
        <translation>clé du coffre ajoutée</translation>
    </message>
    <message>
        <source>conflict resolved</source>
        <translation>conflit résolu</translation>
    </message>
    <message>
        <source>second-person check</source>
        <translation>double vérification</translation>
    </message>
    <message>
        <source>signature refused (wrong password)</source>
        <translation>signature refusée (mot de passe incorrect)</translation>
    </message>
    <message>
        <source>workstation enrolled for sync</source>
        <translation>poste inscrit à la synchronisation</translation>
    </message>
    <message>
        <source>received by sync</source>
        <translation>reçu par synchronisation</translation>
    </message>
    <message>
        <source>workstation removed from sync</source>
        <translation>poste retiré de la synchronisation</translation>
    </message>
    <message>
        <source>account created</source>
        <translation>compte créé</translation>
    </message>
    <message>
        <source>language changed</source>
        <translation>langue modifiée</translation>
    </message>
    <message>
        <source>vault created</source>
        <translation>coffre créé</translation>
    </message>
    <message>
        <source>hospital number</source>
        <translation>numéro d&apos;hôpital</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>sexe</translation>
    </message>
    <message>
        <source>weight (kg)</source>
        <translation>poids (kg)</translation>
    </message>
    <message>
        <source>height (cm)</source>
        <translation>taille (cm)</translation>
    </message>
    <message>
        <source>wristband</source>
        <translation>bracelet</translation>
    </message>
    <message>
        <source>subject number</source>
        <translation>numéro de sujet</translation>
    </message>
    <message>
        <source>screening number</source>
        <translation>numéro de sélection</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>patient</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consentement</translation>
    </message>
    <message>
        <source>consent step</source>
        <translation>étape du consentement</translation>
    </message>
    <message>
        <source>eligibility assessment</source>
        <translation>évaluation d&apos;éligibilité</translation>
    </message>
    <message>
        <source>lab value</source>
        <translation>valeur de laboratoire</translation>
    </message>
    <message>
        <source>vital signs reading</source>
        <translation>mesure des signes vitaux</translation>
    </message>
    <message>
        <source>infusion event</source>
        <translation>événement de perfusion</translation>
    </message>
    <message>
        <source>adverse event</source>
        <translation>événement indésirable</translation>
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
        <translation>Le contenu a changé avant la signature&#xa0;; relisez-le.</translation>
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
        <source>Printed name</source>
        <translation>Nom en capitales</translation>
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
        <translation>Ce compte est révoqué&#xa0;; créez-en un nouveau.</translation>
    </message>
    <message>
        <source>Signature rule {key} must be a non-negative number.</source>
        <translation>La règle de signature {key} doit être un nombre positif ou nul.</translation>
    </message>
    <message>
        <source>The signature contains an invalid point.</source>
        <translation>La signature contient un point non valide.</translation>
    </message>
    <message>
        <source>The signature is missing.</source>
        <translation>La signature manque.</translation>
    </message>
    <message>
        <source>The signature pad size is invalid.</source>
        <translation>La taille de la zone de signature n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The signature has too many strokes ({n}); please clear and sign again.</source>
        <translation>La signature comporte trop de traits ({n})&#xa0;; effacez et signez à nouveau.</translation>
    </message>
    <message>
        <source>The signature goes outside the pad.</source>
        <translation>La signature dépasse de la zone de signature.</translation>
    </message>
    <message>
        <source>The signature has too many points; please clear and sign again.</source>
        <translation>La signature comporte trop de points&#xa0;; effacez et signez à nouveau.</translation>
    </message>
    <message>
        <source>The signature is empty. Please sign in the box.</source>
        <translation>La signature est vide. Signez dans le cadre.</translation>
    </message>
    <message>
        <source>The signature is too small or too short to be a signature. Please clear and sign again, larger.</source>
        <translation>La signature est trop petite ou trop courte pour être une signature. Effacez et signez à nouveau, plus grand.</translation>
    </message>
    <message>
        <source>Unknown consent step.</source>
        <translation>Étape de consentement inconnue.</translation>
    </message>
    <message>
        <source>Form version {version} is not the version currently approved by the Ethics Committee ({current}).</source>
        <translation>La version {version} du formulaire n&apos;est pas celle actuellement approuvée par le Comité d&apos;éthique ({current}).</translation>
    </message>
    <message>
        <source>Consent forms in language {language} are not used at this site.</source>
        <translation>Les formulaires de consentement en langue {language} ne sont pas utilisés sur ce site.</translation>
    </message>
    <message>
        <source>Please answer every optional item of the form (yes or no).</source>
        <translation>Répondez à chaque point facultatif du formulaire (oui ou non).</translation>
    </message>
    <message>
        <source>This step does not take an electronic signature.</source>
        <translation>Cette étape ne prend pas de signature électronique.</translation>
    </message>
    <message>
        <source>This folder does not exist: choose another one.</source>
        <translation>Ce dossier n&apos;existe pas&#xa0;: choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Choose a file name, not a folder.</source>
        <translation>Choisissez un nom de fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>The consent document could not be produced.</source>
        <translation>Le document de consentement n&apos;a pas pu être produit.</translation>
    </message>
    <message>
        <source>The copy could not be written there (no permission, or the disk is full): choose another folder.</source>
        <translation>La copie n&apos;a pas pu être écrite à cet endroit (pas d&apos;autorisation, ou disque plein)&#xa0;: choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>This consent step does not exist.</source>
        <translation>Cette étape de consentement n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The kind, time, pathway, form and handwritten signature of a step cannot be corrected; record a new step instead.</source>
        <translation>Le type, l&apos;heure, la voie, le formulaire et la signature manuscrite d&apos;une étape ne peuvent pas être corrigés&#xa0;; enregistrez plutôt une nouvelle étape.</translation>
    </message>
    <message>
        <source>Enter your password to sign the corrected step.</source>
        <translation>Saisissez votre mot de passe pour signer l&apos;étape corrigée.</translation>
    </message>
    <message>
        <source>This step is dated before the previous consent step; steps must be recorded in the order they happened.</source>
        <translation>Cette étape est datée d&apos;avant l&apos;étape de consentement précédente&#xa0;; les étapes doivent être enregistrées dans l&apos;ordre où elles ont eu lieu.</translation>
    </message>
    <message>
        <source>The patient&apos;s participation has ended; no capacity assessment is needed.</source>
        <translation>La participation du patient a pris fin&#xa0;; aucune évaluation de la capacité n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>First record that the patient cannot understand and decide (capacity assessment).</source>
        <translation>Enregistrez d&apos;abord que le patient ne peut pas comprendre ni décider (évaluation de la capacité).</translation>
    </message>
    <message>
        <source>A consent is already in place; there is no need to record attempts to reach a representative.</source>
        <translation>Un consentement est déjà en place&#xa0;; inutile d&apos;enregistrer des tentatives de joindre un représentant.</translation>
    </message>
    <message>
        <source>The patient&apos;s participation has ended (refusal, withdrawal, death or discharge); a new consent cannot be recorded.</source>
        <translation>La participation du patient a pris fin (refus, retrait, décès ou sortie)&#xa0;; un nouveau consentement ne peut pas être enregistré.</translation>
    </message>
    <message>
        <source>The latest assessment says the patient cannot decide. Record a new capacity assessment before the patient signs.</source>
        <translation>La dernière évaluation indique que le patient ne peut pas décider. Enregistrez une nouvelle évaluation de la capacité avant que le patient signe.</translation>
    </message>
    <message>
        <source>The patient cannot sign at this step.</source>
        <translation>Le patient ne peut pas signer à cette étape.</translation>
    </message>
    <message>
        <source>A representative or witness may consent only after a physician records that the patient cannot understand and decide.</source>
        <translation>Un représentant ou un témoin ne peut consentir qu&apos;après qu&apos;un médecin a enregistré que le patient ne peut pas comprendre ni décider.</translation>
    </message>
    <message>
        <source>A representative cannot consent at this step.</source>
        <translation>Un représentant ne peut pas consentir à cette étape.</translation>
    </message>
    <message>
        <source>An impartial witness may consent only after recording that no legal representative could be reached (whom you tried, when).</source>
        <translation>Un témoin impartial ne peut consentir qu&apos;après l&apos;enregistrement qu&apos;aucun représentant légal n&apos;a pu être joint (qui, quand).</translation>
    </message>
    <message>
        <source>A witness cannot consent at this step.</source>
        <translation>Un témoin ne peut pas consentir à cette étape.</translation>
    </message>
    <message>
        <source>A refusal at confirmation needs a pending confirmation and a new assessment that the patient can decide.</source>
        <translation>Un refus lors de la confirmation demande une confirmation en attente et une nouvelle évaluation indiquant que le patient peut décider.</translation>
    </message>
    <message>
        <source>There is no pending confirmation to close.</source>
        <translation>Il n&apos;y a pas de confirmation en attente à clôturer.</translation>
    </message>
    <message>
        <source>Discharge without regaining capacity applies only while the patient still cannot decide and confirmation is pending.</source>
        <translation>La sortie sans recouvrement de la capacité ne s&apos;applique que tant que le patient ne peut toujours pas décider et que la confirmation est en attente.</translation>
    </message>
    <message>
        <source>There is no consent to withdraw.</source>
        <translation>Il n&apos;y a pas de consentement à retirer.</translation>
    </message>
    <message>
        <source>The representative can no longer withdraw: the patient can decide and holds that right.</source>
        <translation>Le représentant ne peut plus retirer le consentement&#xa0;: le patient peut décider et détient ce droit.</translation>
    </message>
    <message>
        <source>eligibility not yet available</source>
        <translation type="vanished">éligibilité pas encore disponible</translation>
    </message>
    <message>
        <source>Consent by an impartial witness on {date}: the patient must confirm as soon as they can decide.</source>
        <translation>Consentement par un témoin impartial le {date}&#xa0;: le patient doit confirmer dès qu&apos;il peut décider.</translation>
    </message>
    <message>
        <source>Consent by the legal representative on {date}: the patient must confirm as soon as they can decide.</source>
        <translation>Consentement par le représentant légal le {date}&#xa0;: le patient doit confirmer dès qu&apos;il peut décider.</translation>
    </message>
    <message>
        <source>A newer consent form version is approved: re-consent needed (signed on version {version}).</source>
        <translation>Une version plus récente du formulaire de consentement est approuvée&#xa0;: nouveau consentement nécessaire (signé sur la version {version}).</translation>
    </message>
    <message>
        <source>No consent has been recorded.</source>
        <translation>Aucun consentement n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The patient cannot decide and no representative has consented yet.</source>
        <translation>Le patient ne peut pas décider et aucun représentant n&apos;a encore consenti.</translation>
    </message>
    <message>
        <source>No representative could be reached and no impartial witness has consented yet.</source>
        <translation>Aucun représentant n&apos;a pu être joint et aucun témoin impartial n&apos;a encore consenti.</translation>
    </message>
    <message>
        <source>The patient can decide again: ask them to confirm, refuse or withdraw before any further trial procedure.</source>
        <translation>Le patient peut à nouveau décider&#xa0;: demandez-lui de confirmer, refuser ou retirer son consentement avant toute autre procédure de l&apos;étude.</translation>
    </message>
    <message>
        <source>The patient refused to continue the trial on {date}.</source>
        <translation>Le patient a refusé de poursuivre l&apos;étude le {date}.</translation>
    </message>
    <message>
        <source>Consent was withdrawn on {date}.</source>
        <translation>Le consentement a été retiré le {date}.</translation>
    </message>
    <message>
        <source>The patient died before being able to confirm consent.</source>
        <translation>Le patient est décédé avant de pouvoir confirmer son consentement.</translation>
    </message>
    <message>
        <source>The patient was discharged without regaining capacity; consent can no longer be confirmed.</source>
        <translation>Le patient est sorti sans avoir recouvré sa capacité&#xa0;; le consentement ne peut plus être confirmé.</translation>
    </message>
    <message>
        <source>Witness consent: confirm ({days} d)</source>
        <translation>Consentement par témoin&#xa0;: à confirmer ({days} j)</translation>
    </message>
    <message>
        <source>Representative consent: confirm ({days} d)</source>
        <translation>Consentement par représentant&#xa0;: à confirmer ({days} j)</translation>
    </message>
    <message>
        <source>Can decide: confirm consent now</source>
        <translation>Peut décider&#xa0;: confirmer le consentement maintenant</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consentement retiré</translation>
    </message>
    <message>
        <source>Refused to continue the trial</source>
        <translation>A refusé de poursuivre l&apos;étude</translation>
    </message>
    <message>
        <source>Re-consent due (new form version)</source>
        <translation>Nouveau consentement à recueillir (nouvelle version du formulaire)</translation>
    </message>
    <message>
        <source>Form version &quot;{version}&quot; is not of the form 1.0 or 2.1.3.</source>
        <translation>La version de formulaire « {version} » n&apos;est pas de la forme 1.0 ou 2.1.3.</translation>
    </message>
    <message>
        <source>Consent form {where}: &quot;{key}&quot; must be a non-empty text.</source>
        <translation>Formulaire de consentement {where}&#xa0;: « {key} » doit être un texte non vide.</translation>
    </message>
    <message>
        <source>Consent form {where} is not a JSON object.</source>
        <translation>Le formulaire de consentement {where} n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>Consent form {where}: form_id has characters that are not allowed.</source>
        <translation>Formulaire de consentement {where}&#xa0;: form_id contient des caractères non autorisés.</translation>
    </message>
    <message>
        <source>Consent form {where}: language must be a two-letter code such as fr, en or nl.</source>
        <translation>Formulaire de consentement {where}&#xa0;: la langue doit être un code de deux lettres comme fr, en ou nl.</translation>
    </message>
    <message>
        <source>Consent form {where}: the Ethics Committee approval date must be a date such as 2020-06-15.</source>
        <translation>Formulaire de consentement {where}&#xa0;: la date d&apos;approbation du Comité d&apos;éthique doit être une date comme 2020-06-15.</translation>
    </message>
    <message>
        <source>Consent form {where}: ec_reference must be text.</source>
        <translation>Formulaire de consentement {where}&#xa0;: ec_reference doit être un texte.</translation>
    </message>
    <message>
        <source>Consent form {where} has no sections.</source>
        <translation>Le formulaire de consentement {where} n&apos;a pas de sections.</translation>
    </message>
    <message>
        <source>Consent form {where}: section {n} is not an object.</source>
        <translation>Formulaire de consentement {where}&#xa0;: la section {n} n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>Consent form {where}: section id &quot;{id}&quot; appears twice.</source>
        <translation>Formulaire de consentement {where}&#xa0;: l&apos;identifiant de section « {id} » apparaît deux fois.</translation>
    </message>
    <message>
        <source>Consent form {where}: optional_items must be a list.</source>
        <translation>Formulaire de consentement {where}&#xa0;: optional_items doit être une liste.</translation>
    </message>
    <message>
        <source>Consent form {where}: optional item {n} is not an object.</source>
        <translation>Formulaire de consentement {where}&#xa0;: le point facultatif {n} n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>Consent form {where}: optional item id &quot;{id}&quot; appears twice.</source>
        <translation>Formulaire de consentement {where}&#xa0;: l&apos;identifiant de point facultatif « {id} » apparaît deux fois.</translation>
    </message>
    <message>
        <source>Consent form {key} is defined twice.</source>
        <translation>Le formulaire de consentement {key} est défini deux fois.</translation>
    </message>
    <message>
        <source>Consent form file {where} cannot be read as JSON.</source>
        <translation>Le fichier de formulaire de consentement {where} ne peut pas être lu comme JSON.</translation>
    </message>
    <message>
        <source>There is no consent form {form_id} version {version} in language {language}.</source>
        <translation>Il n&apos;existe pas de formulaire de consentement {form_id} version {version} en langue {language}.</translation>
    </message>
    <message>
        <source>No version of consent form {form_id} is approved by the Ethics Committee yet.</source>
        <translation>Aucune version du formulaire de consentement {form_id} n&apos;est encore approuvée par le Comité d&apos;éthique.</translation>
    </message>
    <message>
        <source>The representative order must be a non-empty list.</source>
        <translation>L&apos;ordre des représentants doit être une liste non vide.</translation>
    </message>
    <message>
        <source>Each representative entry needs an id and a label.</source>
        <translation>Chaque représentant doit avoir un identifiant et un libellé.</translation>
    </message>
    <message>
        <source>Representative &quot;{id}&quot; appears twice in the order.</source>
        <translation>Le représentant « {id} » apparaît deux fois dans l&apos;ordre.</translation>
    </message>
    <message>
        <source>The witness roles file is malformed.</source>
        <translation>Le fichier des rôles de témoin est mal formé.</translation>
    </message>
    <message>
        <source>The contact methods file is malformed.</source>
        <translation>Le fichier des moyens de contact est mal formé.</translation>
    </message>
    <message>
        <source>The representative order file is malformed.</source>
        <translation>Le fichier de l&apos;ordre des représentants est mal formé.</translation>
    </message>
    <message>
        <source>The time of &quot;{what}&quot; is missing or not a valid time.</source>
        <translation type="vanished">L&apos;heure de « {what} » manque ou n&apos;est pas une heure valide.</translation>
    </message>
    <message>
        <source>&quot;{what}&quot; must be text.</source>
        <translation>« {what} » doit être un texte.</translation>
    </message>
    <message>
        <source>Please fill in &quot;{what}&quot;.</source>
        <translation>Remplissez « {what} ».</translation>
    </message>
    <message>
        <source>&quot;{what}&quot; is too long (at most {limit} characters).</source>
        <translation>« {what} » est trop long ({limit} caractères au plus).</translation>
    </message>
    <message>
        <source>&quot;{what}&quot; contains control characters.</source>
        <translation>« {what} » contient des caractères de contrôle.</translation>
    </message>
    <message>
        <source>Please answer &quot;{what}&quot; with yes or no.</source>
        <translation>Répondez à « {what} » par oui ou non.</translation>
    </message>
    <message>
        <source>The time of &quot;{what}&quot; is in the future.</source>
        <translation type="vanished">L&apos;heure de « {what} » est dans le futur.</translation>
    </message>
    <message>
        <source>this step</source>
        <translation>cette étape</translation>
    </message>
    <message>
        <source>the attempt to reach a representative</source>
        <translation>la tentative de joindre un représentant</translation>
    </message>
    <message>
        <source>The time of {what} is missing or not a valid time.</source>
        <translation>L&apos;heure de {what} manque ou n&apos;est pas une heure valide.</translation>
    </message>
    <message>
        <source>The time of {what} ({time}) is in the future: check the date and the time.</source>
        <translation>L&apos;heure de {what} ({time}) est dans le futur&#xa0;: vérifiez la date et l&apos;heure.</translation>
    </message>
    <message>
        <source>Choose how you tried to reach this person (phone, in person, …).</source>
        <translation>Choisissez comment vous avez tenté de joindre cette personne (téléphone, en personne, …).</translation>
    </message>
    <message>
        <source>Say why each earlier step of the legal order was passed over.</source>
        <translation>Indiquez pourquoi chaque rang précédent de l&apos;ordre légal a été passé.</translation>
    </message>
    <message>
        <source>can the patient understand and decide</source>
        <translation>le patient peut-il comprendre et décider</translation>
    </message>
    <message>
        <source>why</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>assessing physician</source>
        <translation>médecin évaluateur</translation>
    </message>
    <message>
        <source>Record at least one attempt to reach a representative (whom, when).</source>
        <translation>Enregistrez au moins une tentative de joindre un représentant (qui, quand).</translation>
    </message>
    <message>
        <source>Too many attempts listed (at most 50).</source>
        <translation>Trop de tentatives enregistrées (50 au plus).</translation>
    </message>
    <message>
        <source>Choose the relationship of the person you tried to reach.</source>
        <translation>Choisissez le lien de la personne que vous avez tenté de joindre.</translation>
    </message>
    <message>
        <source>An attempt cannot be later than the record itself.</source>
        <translation>Une tentative ne peut pas être postérieure à l&apos;enregistrement lui-même.</translation>
    </message>
    <message>
        <source>whom</source>
        <translation>personne contactée</translation>
    </message>
    <message>
        <source>how</source>
        <translation type="vanished">moyen</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>résultat</translation>
    </message>
    <message>
        <source>Unknown consent pathway.</source>
        <translation>Voie de consentement inconnue.</translation>
    </message>
    <message>
        <source>Every optional item must be answered yes or no.</source>
        <translation>Chaque point facultatif doit recevoir la réponse oui ou non.</translation>
    </message>
    <message>
        <source>The person signing is missing.</source>
        <translation>La personne qui signe manque.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Choose the representative&apos;s relationship to the patient.</source>
        <translation>Choisissez le lien du représentant avec le patient.</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>coordonnées</translation>
    </message>
    <message>
        <source>Choose the witness&apos;s role.</source>
        <translation>Choisissez le rôle du témoin.</translation>
    </message>
    <message>
        <source>department</source>
        <translation>service</translation>
    </message>
    <message>
        <source>The witness must attest being independent of the trial.</source>
        <translation>Le témoin doit attester être indépendant de l&apos;étude.</translation>
    </message>
    <message>
        <source>The handwritten signature is missing.</source>
        <translation>La signature manuscrite manque.</translation>
    </message>
    <message>
        <source>obtained by</source>
        <translation>obtenu par</translation>
    </message>
    <message>
        <source>Unknown outcome.</source>
        <translation>Issue inconnue.</translation>
    </message>
    <message>
        <source>objects to use of data already collected</source>
        <translation>s&apos;oppose à l&apos;utilisation des données déjà recueillies</translation>
    </message>
    <message>
        <source>Say who withdraws: the patient or the representative.</source>
        <translation>Indiquez qui retire le consentement&#xa0;: le patient ou le représentant.</translation>
    </message>
    <message>
        <source>Choose what the withdrawal covers.</source>
        <translation>Choisissez ce que couvre le retrait.</translation>
    </message>
    <message>
        <source>Protocol file {file}, line {line} ({where}): {problem}</source>
        <translation>Fichier de protocole {file}, ligne {line} ({where})&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{field}: enter a number.</source>
        <translation>{field}&#xa0;: saisissez un nombre.</translation>
    </message>
    <message>
        <source>{field}: &quot;{text}&quot; is not a number.</source>
        <translation>{field}&#xa0;: « {text} » n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>{field}: enter a finite number.</source>
        <translation>{field}&#xa0;: saisissez un nombre fini.</translation>
    </message>
    <message>
        <source>{field}: unknown measurement.</source>
        <translation>{field}&#xa0;: mesure inconnue.</translation>
    </message>
    <message>
        <source>{field}: unknown unit &quot;{unit}&quot; (use one of {units}).</source>
        <translation>{field}&#xa0;: unité « {unit} » inconnue (utilisez l&apos;une de {units}).</translation>
    </message>
    <message>
        <source>{field}: a negative value is impossible.</source>
        <translation>{field}&#xa0;: une valeur négative est impossible.</translation>
    </message>
    <message>
        <source>{field}: {value} {unit} is outside the possible range {low}–{high} {canonical}.</source>
        <translation>{field}&#xa0;: {value} {unit} est hors de l&apos;intervalle possible {low}–{high} {canonical}.</translation>
    </message>
    <message>
        <source>Scan or type the bag id.</source>
        <translation>Scannez ou saisissez l&apos;identifiant de la poche.</translation>
    </message>
    <message>
        <source>Scan or type the donor id.</source>
        <translation>Scannez ou saisissez l&apos;identifiant du donneur.</translation>
    </message>
    <message>
        <source>This identifier has characters a label never has: scan it again.</source>
        <translation>Cet identifiant contient des caractères qu&apos;une étiquette n&apos;a jamais&#xa0;: scannez-le à nouveau.</translation>
    </message>
    <message>
        <source>This bag was already used for an earlier infusion.</source>
        <translation>Cette poche a déjà été utilisée pour une perfusion précédente.</translation>
    </message>
    <message>
        <source>Viable cells {value} ×10⁶ is outside {min}–{max} ×10⁶: check the label.</source>
        <translation>Cellules viables {value} ×10⁶ hors de {min}–{max} ×10⁶&#xa0;: vérifiez l&apos;étiquette.</translation>
    </message>
    <message>
        <source>Volume {value} mL is outside {min}–{max} mL.</source>
        <translation>Le volume {value} mL est hors de {min}–{max} mL.</translation>
    </message>
    <message>
        <source>Enter the expiry or the thaw time from the label.</source>
        <translation>Saisissez la péremption ou l&apos;heure de décongélation indiquée sur l&apos;étiquette.</translation>
    </message>
    <message>
        <source>This product expired at {when}: it must not be infused.</source>
        <translation>Ce produit a expiré le {when}&#xa0;: il ne doit pas être perfusé.</translation>
    </message>
    <message>
        <source>The thaw time is in the future: check it.</source>
        <translation>L&apos;heure de décongélation est dans le futur&#xa0;: vérifiez-la.</translation>
    </message>
    <message>
        <source>Thawed more than {hours} h ago: this product must not be infused.</source>
        <translation>Décongelé il y a plus de {hours} h&#xa0;: ce produit ne doit pas être perfusé.</translation>
    </message>
    <message>
        <source>Donor {donor} differs from the donor of the earlier infusions ({previous}): an investigator must override with a reason.</source>
        <translation>Le donneur {donor} diffère de celui des perfusions précédentes ({previous})&#xa0;: un investigateur doit déroger en donnant un motif.</translation>
    </message>
    <message>
        <source>{sign} is missing.</source>
        <translation>{sign} manque.</translation>
    </message>
    <message>
        <source>{sign} {value} {unit} is not possible (allowed {min}–{max}): check and type it again.</source>
        <translation>{sign} {value} {unit} n&apos;est pas possible (autorisé {min}–{max})&#xa0;: vérifiez et saisissez à nouveau.</translation>
    </message>
    <message>
        <source>{sign} takes at most {decimals} decimal(s).</source>
        <translation>{sign} accepte au plus {decimals} décimale(s).</translation>
    </message>
    <message>
        <source>Diastolic pressure must be lower than systolic.</source>
        <translation>La pression diastolique doit être inférieure à la systolique.</translation>
    </message>
    <message>
        <source>Enter FiO2 or O2 flow (room air: FiO2 21).</source>
        <translation>Saisissez la FiO2 ou le débit d&apos;O2 (air ambiant&#xa0;: FiO2 21).</translation>
    </message>
    <message>
        <source>Enter the time of the reading.</source>
        <translation>Saisissez l&apos;heure de la mesure.</translation>
    </message>
    <message>
        <source>The reading time is in the future.</source>
        <translation>L&apos;heure de la mesure est dans le futur.</translation>
    </message>
    <message>
        <source>The reading time is more than 24 h ago: check it.</source>
        <translation>L&apos;heure de la mesure date de plus de 24 h&#xa0;: vérifiez-la.</translation>
    </message>
    <message>
        <source>{sign} {value} {unit} (alert {op} {threshold})</source>
        <translation>{sign} {value} {unit} (alerte {op} {threshold})</translation>
    </message>
    <message>
        <source>{sign} {value} {unit}: drop of {drop} % from baseline {baseline} (alert {op} {threshold} %)</source>
        <translation>{sign} {value} {unit}&#xa0;: baisse de {drop} % par rapport à la valeur de base {baseline} (alerte {op} {threshold} %)</translation>
    </message>
    <message>
        <source>{sign} {value} {unit}: drop of {drop} from baseline {baseline} (alert {op} {threshold})</source>
        <translation>{sign} {value} {unit}&#xa0;: baisse de {drop} par rapport à la valeur de base {baseline} (alerte {op} {threshold})</translation>
    </message>
    <message>
        <source>Type the time as HH:MM, e.g. 14:05.</source>
        <translation>Saisissez l&apos;heure au format HH:MM, p. ex. 14:05.</translation>
    </message>
    <message>
        <source>{time} does not exist on {date}: the clocks went forward one hour that night (02:00 became 03:00). Check the time on the monitor.</source>
        <translation>{time} n&apos;existe pas le {date}&#xa0;: on a avancé les horloges d&apos;une heure cette nuit-là (02:00 est devenu 03:00). Vérifiez l&apos;heure sur le moniteur.</translation>
    </message>
    <message>
        <source>{time} happened twice that night (the clocks went back one hour): first in summer time ({first}), then in winter time ({second}). Which one?</source>
        <translation>{time} a eu lieu deux fois cette nuit-là (on a reculé les horloges d&apos;une heure)&#xa0;: d&apos;abord à l&apos;heure d&apos;été ({first}), puis à l&apos;heure d&apos;hiver ({second}). Laquelle&#xa0;?</translation>
    </message>
    <message>
        <source>{time} is later than now ({now}). Did you mean {full}, {hours} h ago? If so, type the date too: {full}.</source>
        <translation>{time} est plus tard que maintenant ({now}). Vouliez-vous dire le {full}, il y a {hours} h&#xa0;? Si oui, tapez aussi la date&#xa0;: {full}.</translation>
    </message>
    <message>
        <source>{full} is in the future: check the date and time.</source>
        <translation>{full} est dans le futur&#xa0;: vérifiez la date et l&apos;heure.</translation>
    </message>
    <message>
        <source>{time} on {date} is not in that time zone: type the time without it.</source>
        <translation>{time} le {date} n&apos;est pas dans ce fuseau horaire&#xa0;: tapez l&apos;heure sans le fuseau.</translation>
    </message>
    <message>
        <source>Type the date and time from the label, e.g. 25/11 15:00.</source>
        <translation>Saisissez la date et l&apos;heure de l&apos;étiquette, p. ex. 25/11 15:00.</translation>
    </message>
    <message>
        <source>Enter the adverse event term.</source>
        <translation>Saisissez le terme de l&apos;événement indésirable.</translation>
    </message>
    <message>
        <source>The term is longer than {max} characters.</source>
        <translation>Le terme dépasse {max} caractères.</translation>
    </message>
    <message>
        <source>Enter the onset date and time.</source>
        <translation>Saisissez la date et l&apos;heure de début.</translation>
    </message>
    <message>
        <source>The onset is in the future.</source>
        <translation>Le début est dans le futur.</translation>
    </message>
    <message>
        <source>The end date is not a valid date and time.</source>
        <translation>La date de fin n&apos;est pas une date et heure valide.</translation>
    </message>
    <message>
        <source>The end is before the onset.</source>
        <translation>La fin est antérieure au début.</translation>
    </message>
    <message>
        <source>The end is in the future.</source>
        <translation>La fin est dans le futur.</translation>
    </message>
    <message>
        <source>Choose a CTCAE grade 1–5.</source>
        <translation>Choisissez un grade CTCAE de 1 à 5.</translation>
    </message>
    <message>
        <source>Say whether the event is serious.</source>
        <translation>Indiquez si l&apos;événement est grave.</translation>
    </message>
    <message>
        <source>Unknown seriousness criterion.</source>
        <translation>Critère de gravité inconnu.</translation>
    </message>
    <message>
        <source>A serious event needs at least one seriousness criterion.</source>
        <translation>Un événement grave demande au moins un critère de gravité.</translation>
    </message>
    <message>
        <source>Seriousness criteria are only for serious events.</source>
        <translation>Les critères de gravité ne concernent que les événements graves.</translation>
    </message>
    <message>
        <source>A grade 5 event (death) is serious.</source>
        <translation>Un événement de grade 5 (décès) est grave.</translation>
    </message>
    <message>
        <source>The awareness time is in the future.</source>
        <translation>L&apos;heure de prise de connaissance est dans le futur.</translation>
    </message>
    <message>
        <source>Choose the relation to the MSC infusion.</source>
        <translation>Choisissez la relation avec la perfusion de CSM.</translation>
    </message>
    <message>
        <source>Choose the action taken.</source>
        <translation>Choisissez la mesure prise.</translation>
    </message>
    <message>
        <source>Choose the outcome.</source>
        <translation>Choisissez l&apos;évolution.</translation>
    </message>
    <message>
        <source>Say whether the event is expected.</source>
        <translation>Indiquez si l&apos;événement est attendu.</translation>
    </message>
    <message>
        <source>Unknown adverse event of special interest.</source>
        <translation>Événement indésirable d&apos;intérêt particulier inconnu.</translation>
    </message>
    <message>
        <source>A grade 5 event has a fatal outcome.</source>
        <translation>Un événement de grade 5 a une issue fatale.</translation>
    </message>
    <message>
        <source>A fatal outcome is grade 5.</source>
        <translation>Une issue fatale correspond au grade 5.</translation>
    </message>
    <message>
        <source>Unknown infusion number.</source>
        <translation>Numéro de perfusion inconnu.</translation>
    </message>
    <message>
        <source>Notes contain characters that cannot be stored.</source>
        <translation>Les notes contiennent des caractères impossibles à enregistrer.</translation>
    </message>
    <message>
        <source>Notes are longer than {max} characters.</source>
        <translation>Les notes dépassent {max} caractères.</translation>
    </message>
    <message>
        <source>Weight {value} kg is outside {min}–{max} kg: check the weight.</source>
        <translation>Le poids {value} kg est hors de {min}–{max} kg&#xa0;: vérifiez le poids.</translation>
    </message>
    <message>
        <source>The weight is older than {hours} h: weigh the patient again.</source>
        <translation>Le poids date de plus de {hours} h&#xa0;: pesez à nouveau le patient.</translation>
    </message>
    <message>
        <source>Dose {value} ×10⁶/kg is outside {min}–{max} ×10⁶/kg: an investigator must override with a reason.</source>
        <translation>La dose {value} ×10⁶/kg est hors de {min}–{max} ×10⁶/kg&#xa0;: un investigateur doit déroger en donnant un motif.</translation>
    </message>
    <message>
        <source>Unknown infusion action.</source>
        <translation>Action de perfusion inconnue.</translation>
    </message>
    <message>
        <source>Cannot {action} an infusion that is {status}.</source>
        <translation>Impossible de faire « {action} » sur une perfusion à l&apos;état « {status} ».</translation>
    </message>
    <message>
        <source>Enter the time.</source>
        <translation>Saisissez l&apos;heure.</translation>
    </message>
    <message>
        <source>The time is in the future.</source>
        <translation>L&apos;heure est dans le futur.</translation>
    </message>
    <message>
        <source>The time is before the previous step of this infusion.</source>
        <translation>L&apos;heure est antérieure à l&apos;étape précédente de cette perfusion.</translation>
    </message>
    <message>
        <source>Give the reason for the pause.</source>
        <translation>Indiquez le motif de la pause.</translation>
    </message>
    <message>
        <source>Choose the outcome: complete, partial or aborted.</source>
        <translation>Choisissez l&apos;issue&#xa0;: complète, partielle ou interrompue.</translation>
    </message>
    <message>
        <source>A partial infusion gives more than 0 and less than the bag volume ({total} mL).</source>
        <translation>Une perfusion partielle administre plus de 0 et moins que le volume de la poche ({total} mL).</translation>
    </message>
    <message>
        <source>Give the reason the infusion was not completed.</source>
        <translation>Indiquez pourquoi la perfusion n&apos;a pas été menée à terme.</translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>« {text} » n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>consent capability not available</source>
        <translation type="vanished">module de consentement non disponible</translation>
    </message>
    <message>
        <source>The consent check failed: the infusion cannot start.</source>
        <translation type="vanished">La vérification du consentement a échoué&#xa0;: la perfusion ne peut pas commencer.</translation>
    </message>
    <message>
        <source>Consent does not allow an infusion now.</source>
        <translation type="vanished">Le consentement ne permet pas de perfusion maintenant.</translation>
    </message>
    <message>
        <source>There is no infusion number {number} in this protocol.</source>
        <translation>Il n&apos;y a pas de perfusion numéro {number} dans ce protocole.</translation>
    </message>
    <message>
        <source>Infusion {number} is already recorded.</source>
        <translation>La perfusion {number} est déjà enregistrée.</translation>
    </message>
    <message>
        <source>Infusion {earlier} must be done before infusion {number}.</source>
        <translation>La perfusion {earlier} doit être faite avant la perfusion {number}.</translation>
    </message>
    <message>
        <source>Infusion {number} on {date} is outside its window {start} – {end}: give a reason.</source>
        <translation>La perfusion {number} le {date} est hors de sa fenêtre {start} – {end}&#xa0;: donnez un motif.</translation>
    </message>
    <message>
        <source>Only an investigator can approve this override.</source>
        <translation>Seul un investigateur peut approuver cette dérogation.</translation>
    </message>
    <message>
        <source>This patient is not included in the trial: no infusion can be prepared.</source>
        <translation>Ce patient n&apos;est pas inclus dans l&apos;étude&#xa0;: aucune perfusion ne peut être préparée.</translation>
    </message>
    <message>
        <source>The second person must confirm the product label.</source>
        <translation>La seconde personne doit confirmer l&apos;étiquette du produit.</translation>
    </message>
    <message>
        <source>The wristband does not match this patient: stop and check identity.</source>
        <translation>Le bracelet ne correspond pas à ce patient&#xa0;: arrêtez et vérifiez l&apos;identité.</translation>
    </message>
    <message>
        <source>The two-person bedside check is not done.</source>
        <translation>Le double contrôle au lit du patient n&apos;est pas fait.</translation>
    </message>
    <message>
        <source>This event is not serious.</source>
        <translation>Cet événement n&apos;est pas grave.</translation>
    </message>
    <message>
        <source>This event is already marked reported.</source>
        <translation>Cet événement est déjà marqué comme déclaré.</translation>
    </message>
    <message>
        <source>Say why this version was chosen or how it was merged.</source>
        <translation>Indiquez pourquoi cette version a été choisie ou comment elle a été fusionnée.</translation>
    </message>
    <message>
        <source>This record is no longer in conflict.</source>
        <translation>Cet enregistrement n&apos;est plus en conflit.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (for example https://sync.chu.local:8443).</source>
        <translation>L&apos;adresse du serveur doit commencer par https:// (par exemple https://sync.chu.local:8443).</translation>
    </message>
    <message>
        <source>Paste the site certificate (it begins with -----BEGIN CERTIFICATE-----).</source>
        <translation>Collez le certificat du site (il commence par -----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>The site certificate is not valid. Copy it again from the server.</source>
        <translation>Le certificat du site n&apos;est pas valide. Copiez-le à nouveau depuis le serveur.</translation>
    </message>
    <message>
        <source>Enter the enrollment code given by the server administrator.</source>
        <translation>Saisissez le code d&apos;enrôlement donné par l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server does not know the site&apos;s administrator key yet: enroll the PC where the site was created first, then ask for a new code.</source>
        <translation>Le serveur ne connaît pas encore la clé d&apos;administrateur du site&#xa0;: inscrivez d&apos;abord le PC sur lequel le site a été créé, puis demandez un nouveau code.</translation>
    </message>
    <message>
        <source>This setting has the wrong kind of value.</source>
        <translation>Ce paramètre a une valeur du mauvais type.</translation>
    </message>
    <message>
        <source>The shortest interval between infusions cannot exceed the longest.</source>
        <translation>L&apos;intervalle le plus court entre les perfusions ne peut pas dépasser le plus long.</translation>
    </message>
    <message>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>Saisissez un nombre entier de {low} à {high}.</translation>
    </message>
    <message>
        <source>The subject id format must contain {{n}} (e.g. TJT-{{n:03d}}; the PC number is added before it on an enrolled PC, or put it yourself as {{pc:02d}}).</source>
        <translation>Le format du numéro de sujet doit contenir {{n}} (p. ex. TJT-{{n:03d}}&#xa0;; le numéro du PC est ajouté devant sur un PC inscrit, ou placez-le vous-même avec {{pc:02d}}).</translation>
    </message>
    <message>
        <source>Unknown time zone: use a name such as Europe/Brussels.</source>
        <translation>Fuseau horaire inconnu&#xa0;: utilisez un nom comme Europe/Brussels.</translation>
    </message>
    <message>
        <source>The export folder must be a full path (for example D:/TJT2012 or a network share), or empty for each user&apos;s Documents folder.</source>
        <translation>Le dossier d&apos;export doit être un chemin complet (par exemple D:/TJT2012 ou un partage réseau), ou vide pour le dossier Documents de chaque utilisateur.</translation>
    </message>
    <message>
        <source>The subject id format must contain {{n}} (e.g. TJT-{{n:03d}}).</source>
        <translation type="vanished">Le format du n° de sujet doit contenir {{n}} (p. ex. TJT-{{n:03d}}).</translation>
    </message>
    <message>
        <source>The CSV separator is a semicolon (;) or a comma (,).</source>
        <translation>Le séparateur CSV est un point-virgule (;) ou une virgule (,).</translation>
    </message>
    <message>
        <source>Enter the site name.</source>
        <translation>Saisissez le nom du site.</translation>
    </message>
    <message>
        <source>Not eligible: {criteria} not met.</source>
        <translation>Non éligible&#xa0;: {criteria} non rempli(s).</translation>
    </message>
    <message>
        <source>Incomplete: {count} item(s) to enter.</source>
        <translation>Incomplet&#xa0;: {count} élément(s) à saisir.</translation>
    </message>
    <message>
        <source>Provisionally eligible: positive PCR or serology needed by {due}.</source>
        <translation>Éligible à titre provisoire&#xa0;: PCR ou sérologie positive nécessaire pour le {due}.</translation>
    </message>
    <message>
        <source>Eligible.</source>
        <translation>Éligible.</translation>
    </message>
    <message>
        <source>Could not evaluate: re-check the entered values.</source>
        <translation>Évaluation impossible&#xa0;: revérifiez les valeurs saisies.</translation>
    </message>
    <message>
        <source>To enter: {inputs}.</source>
        <translation>À saisir&#xa0;: {inputs}.</translation>
    </message>
    <message>
        <source>Unreadable value, re-enter: {inputs}.</source>
        <translation>Valeur illisible, à ressaisir&#xa0;: {inputs}.</translation>
    </message>
    <message>
        <source>Date of birth {dob} is after the inclusion date {date}.</source>
        <translation>La date de naissance {dob} est postérieure à la date d&apos;inclusion {date}.</translation>
    </message>
    <message>
        <source>Age {age} years on {date} (born {dob}): within {min}–{max}.</source>
        <translation>Âge {age} ans le {date} (né(e) le {dob})&#xa0;: dans l&apos;intervalle {min}–{max}.</translation>
    </message>
    <message>
        <source>Age {age} years on {date} (born {dob}): outside {min}–{max}.</source>
        <translation>Âge {age} ans le {date} (né(e) le {dob})&#xa0;: hors de l&apos;intervalle {min}–{max}.</translation>
    </message>
    <message>
        <source>The CT of {ct} does not show extensive interstitial pneumonia consistent with viral pneumonia.</source>
        <translation>Le scanner du {ct} ne montre pas de pneumonie interstitielle étendue compatible avec une pneumonie virale.</translation>
    </message>
    <message>
        <source>CT dated {ct}, after the inclusion date {date}.</source>
        <translation>Scanner daté du {ct}, après la date d&apos;inclusion {date}.</translation>
    </message>
    <message>
        <source>CT of {ct} is {days} days before inclusion on {date}: more than {max} days.</source>
        <translation>Le scanner du {ct} date de {days} jours avant l&apos;inclusion du {date}&#xa0;: plus de {max} jours.</translation>
    </message>
    <message>
        <source>CT of {ct} is {days} days before inclusion on {date} (at most {max}); extensive interstitial pneumonia.</source>
        <translation>Le scanner du {ct} date de {days} jours avant l&apos;inclusion du {date} ({max} au plus)&#xa0;; pneumonie interstitielle étendue.</translation>
    </message>
    <message>
        <source>Positive {method} on {day}, {days} days before inclusion on {date} (at most {max}).</source>
        <translation>{method} positive le {day}, {days} jours avant l&apos;inclusion du {date} ({max} au plus).</translation>
    </message>
    <message>
        <source>Confirmed: positive {method} on {day}, {days} days after inclusion on {date} (at most {max}).</source>
        <translation>Confirmé&#xa0;: {method} positive le {day}, {days} jours après l&apos;inclusion du {date} ({max} au plus).</translation>
    </message>
    <message>
        <source>No positive PCR within {before} days before inclusion on {date}, and no positive PCR or serology by {due}: confirmation overdue.</source>
        <translation>Pas de PCR positive dans les {before} jours avant l&apos;inclusion du {date}, ni de PCR ou sérologie positive au {due}&#xa0;: confirmation en retard.</translation>
    </message>
    <message>
        <source>No positive PCR within {before} days before inclusion on {date}: provisional until a positive PCR or serology arrives, due by {due}.</source>
        <translation>Pas de PCR positive dans les {before} jours avant l&apos;inclusion du {date}&#xa0;: provisoire jusqu&apos;à une PCR ou sérologie positive, attendue pour le {due}.</translation>
    </message>
    <message>
        <source>{value} {unit} ≤ {max} {unit}.</source>
        <translation>{value} {unit} ≤ {max} {unit}.</translation>
    </message>
    <message>
        <source>{value} {unit} is above {max} {unit}.</source>
        <translation>{value} {unit} est au-dessus de {max} {unit}.</translation>
    </message>
    <message>
        <source>Attested: present — excludes the patient.</source>
        <translation>Attesté&#xa0;: présent — exclut le patient.</translation>
    </message>
    <message>
        <source>Attested: absent.</source>
        <translation>Attesté&#xa0;: absent.</translation>
    </message>
    <message>
        <source>Not applicable: male patient.</source>
        <translation>Sans objet&#xa0;: patient de sexe masculin.</translation>
    </message>
    <message>
        <source>Not applicable: not of childbearing potential.</source>
        <translation>Sans objet&#xa0;: pas en âge de procréer.</translation>
    </message>
    <message>
        <source>Woman of childbearing potential: enter the pregnancy test result.</source>
        <translation>Femme en âge de procréer&#xa0;: saisissez le résultat du test de grossesse.</translation>
    </message>
    <message>
        <source>Pregnancy test positive.</source>
        <translation>Test de grossesse positif.</translation>
    </message>
    <message>
        <source>Pregnancy test negative.</source>
        <translation>Test de grossesse négatif.</translation>
    </message>
    <message>
        <source>No history of malignancy.</source>
        <translation>Aucun antécédent de cancer.</translation>
    </message>
    <message>
        <source>{kind}: excepted by the protocol, whatever its date.</source>
        <translation>{kind}&#xa0;: exception prévue par le protocole, quelle que soit sa date.</translation>
    </message>
    <message>
        <source>{kind} diagnosed {dx}, after the inclusion date {date}: re-enter the date.</source>
        <translation>{kind} diagnostiqué le {dx}, après la date d&apos;inclusion {date}&#xa0;: ressaisissez la date.</translation>
    </message>
    <message>
        <source>{kind} diagnosed {dx}, {days} days before inclusion on {date}: within {years} years (on or after {start}).</source>
        <translation>{kind} diagnostiqué le {dx}, {days} jours avant l&apos;inclusion du {date}&#xa0;: dans les {years} ans (le {start} ou après).</translation>
    </message>
    <message>
        <source>{kind} diagnosed {dx}, {days} days before inclusion on {date}: more than {years} years (before {start}).</source>
        <translation>{kind} diagnostiqué le {dx}, {days} jours avant l&apos;inclusion du {date}&#xa0;: plus de {years} ans (avant le {start}).</translation>
    </message>
    <message>
        <source>No participation in another study.</source>
        <translation>Aucune participation à une autre étude.</translation>
    </message>
    <message>
        <source>{kind}: not an exclusion under the protocol&apos;s exception.</source>
        <translation>{kind}&#xa0;: pas une exclusion, selon l&apos;exception du protocole.</translation>
    </message>
    <message>
        <source>{kind}: excludes the patient.</source>
        <translation>{kind}&#xa0;: exclut le patient.</translation>
    </message>
    <message>
        <source>Consent recorded by the consent module.</source>
        <translation>Consentement enregistré par le module de consentement.</translation>
    </message>
    <message>
        <source>Consent {state}.</source>
        <translation>Consentement&#xa0;: {state}.</translation>
    </message>
    <message>
        <source>Pending: the consent module has not recorded consent yet.</source>
        <translation>En attente&#xa0;: le module de consentement n&apos;a pas encore enregistré de consentement.</translation>
    </message>
    <message>
        <source>Group A: requires supplemental oxygen.</source>
        <translation>Groupe A&#xa0;: nécessite une oxygénothérapie.</translation>
    </message>
    <message>
        <source>Group A chosen but supplemental oxygen not required.</source>
        <translation>Groupe A choisi mais l&apos;oxygénothérapie n&apos;est pas nécessaire.</translation>
    </message>
    <message>
        <source>Group B chosen but not under mechanical ventilation through a tracheal tube in intensive care.</source>
        <translation>Groupe B choisi mais pas sous ventilation mécanique par sonde trachéale en soins intensifs.</translation>
    </message>
    <message>
        <source>Intubation time {intubation} is after the inclusion time {inclusion}.</source>
        <translation>L&apos;heure d&apos;intubation {intubation} est postérieure à l&apos;heure d&apos;inclusion {inclusion}.</translation>
    </message>
    <message>
        <source>Group B: ventilated {days} days (intubated {intubation}, inclusion {inclusion}): at most {direct} days.</source>
        <translation>Groupe B&#xa0;: ventilé {days} jours (intubé le {intubation}, inclusion le {inclusion})&#xa0;: {direct} jours au plus.</translation>
    </message>
    <message>
        <source>Group B: ventilated {days} days (intubated {intubation}, inclusion {inclusion}): more than {max} days.</source>
        <translation>Groupe B&#xa0;: ventilé {days} jours (intubé le {intubation}, inclusion le {inclusion})&#xa0;: plus de {max} jours.</translation>
    </message>
    <message>
        <source>Group B: ventilated {days} days (over {direct}, at most {max}): needs persisting high inflammation not explained by superinfection.</source>
        <translation>Groupe B&#xa0;: ventilé {days} jours (plus de {direct}, {max} au plus)&#xa0;: nécessite une inflammation élevée persistante non expliquée par une surinfection.</translation>
    </message>
    <message>
        <source>Inflammation branch met: {branch}.</source>
        <translation>Critère d&apos;inflammation rempli&#xa0;: {branch}.</translation>
    </message>
    <message>
        <source>Attested: the inflammation is explained by a superinfection.</source>
        <translation>Attesté&#xa0;: l&apos;inflammation est expliquée par une surinfection.</translation>
    </message>
    <message>
        <source>No inflammation branch is met.</source>
        <translation>Aucun critère d&apos;inflammation n&apos;est rempli.</translation>
    </message>
    <message>
        <source>No inflammation branch is met or can be met ({cannot} cannot: {inputs} not done). Measuring {inputs} could change that.</source>
        <translation>Aucune branche inflammatoire n&apos;est remplie ni ne peut l&apos;être ({cannot} impossible&#xa0;: {inputs} non réalisé). Mesurer {inputs} pourrait changer cela.</translation>
    </message>
    <message>
        <source>No inflammation branch met yet: enter the missing lab values.</source>
        <translation>Aucun critère d&apos;inflammation rempli pour l&apos;instant&#xa0;: saisissez les valeurs de laboratoire manquantes.</translation>
    </message>
    <message>
        <source>Attest whether the inflammation is explained by a superinfection.</source>
        <translation>Attestez si l&apos;inflammation est expliquée par une surinfection.</translation>
    </message>
    <message>
        <source>{lab}: not done ({why}): this condition cannot be met.</source>
        <translation>{lab}&#xa0;: non réalisé ({why})&#xa0;: cette condition ne peut pas être remplie.</translation>
    </message>
    <message>
        <source>{lab}: unreadable series, re-enter.</source>
        <translation>{lab}&#xa0;: série illisible, à ressaisir.</translation>
    </message>
    <message>
        <source>{lab}: no value at or before inclusion.</source>
        <translation>{lab}&#xa0;: aucune valeur à l&apos;inclusion ou avant.</translation>
    </message>
    <message>
        <source>{lab} {value} {unit} ({time}): not {op} {thr}.</source>
        <translation>{lab} {value} {unit} ({time})&#xa0;: pas {op} {thr}.</translation>
    </message>
    <message>
        <source>{lab} {value} {unit} ({time}) {op} {thr}.</source>
        <translation>{lab} {value} {unit} ({time}) {op} {thr}.</translation>
    </message>
    <message>
        <source>{lab} {value} {unit} ({time}) {op} {thr}; rising unknown: enter the {lab} value measured between {lo} and {hi} (about {ref} h earlier).</source>
        <translation>{lab} {value} {unit} ({time}) {op} {thr}&#xa0;; hausse inconnue&#xa0;: saisissez la valeur de {lab} mesurée entre {lo} et {hi} (environ {ref} h plus tôt).</translation>
    </message>
    <message>
        <source>{lab} {value} {unit} ({time}) {op} {thr} and rising from {prev} ({prev_time}, {hours} h earlier).</source>
        <translation>{lab} {value} {unit} ({time}) {op} {thr} et en hausse par rapport à {prev} ({prev_time}, {hours} h plus tôt).</translation>
    </message>
    <message>
        <source>{lab} {value} {unit} ({time}) {op} {thr} but not rising from {prev} ({prev_time}, {hours} h earlier).</source>
        <translation>{lab} {value} {unit} ({time}) {op} {thr} mais pas en hausse par rapport à {prev} ({prev_time}, {hours} h plus tôt).</translation>
    </message>
    <message>
        <source>{field}: the format must contain {{n}} once (e.g. TJT-{{n:03d}}).</source>
        <translation>{field}&#xa0;: le format doit contenir {{n}} une seule fois (p. ex. TJT-{{n:03d}}).</translation>
    </message>
    <message>
        <source>{field}: enter a positive whole number.</source>
        <translation>{field}&#xa0;: saisissez un nombre entier positif.</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>En cours de sélection</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Inclus</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Non éligible</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>A refusé</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>{field}: unknown lab.</source>
        <translation>{field}&#xa0;: analyse inconnue.</translation>
    </message>
    <message>
        <source>This assessment was signed: give a reason for the change. It will need a new signature.</source>
        <translation>Cette évaluation a été signée&#xa0;: donnez un motif pour la modification. Elle devra être signée à nouveau.</translation>
    </message>
    <message>
        <source>Save the checklist before signing it.</source>
        <translation>Enregistrez la liste avant de la signer.</translation>
    </message>
    <message>
        <source>Data changed since the checklist was saved: save it again, then sign.</source>
        <translation>Les données ont changé depuis l&apos;enregistrement de la liste&#xa0;: enregistrez-la à nouveau, puis signez.</translation>
    </message>
    <message>
        <source>Only an eligible or provisionally eligible assessment can be signed ({status}).</source>
        <translation>Seule une évaluation éligible ou éligible à titre provisoire peut être signée ({status}).</translation>
    </message>
    <message>
        <source>Unknown patient.</source>
        <translation>Patient inconnu.</translation>
    </message>
    <message>
        <source>No eligibility assessment has been recorded.</source>
        <translation>Aucune évaluation de l&apos;éligibilité n&apos;a été enregistrée.</translation>
    </message>
    <message>
        <source>Several eligibility assessments exist for this patient (made on different workstations); an investigator must reconcile them before infusion.</source>
        <translation>Plusieurs évaluations d&apos;éligibilité existent pour ce patient (faites sur des postes différents)&#xa0;; un investigateur doit les réconcilier avant la perfusion.</translation>
    </message>
    <message>
        <source>The eligibility assessment was changed on two workstations at once; an investigator must resolve the conflict before infusion.</source>
        <translation>L&apos;évaluation d&apos;éligibilité a été modifiée sur deux postes en même temps&#xa0;; un investigateur doit résoudre le conflit avant la perfusion.</translation>
    </message>
    <message>
        <source>Eligibility data changed since the assessment was saved; it must be saved and signed again.</source>
        <translation>Les données d&apos;éligibilité ont changé depuis l&apos;enregistrement de l&apos;évaluation&#xa0;; elle doit être enregistrée et signée à nouveau.</translation>
    </message>
    <message>
        <source>The eligibility assessment (version {version}) is not signed by an investigator.</source>
        <translation>L&apos;évaluation de l&apos;éligibilité (version {version}) n&apos;est pas signée par un investigateur.</translation>
    </message>
    <message>
        <source>The positive PCR or serology confirmation was due by {due} and is overdue.</source>
        <translation>La confirmation par PCR ou sérologie positive était attendue pour le {due} et est en retard.</translation>
    </message>
    <message>
        <source>The eligibility assessment is incomplete.</source>
        <translation>L&apos;évaluation de l&apos;éligibilité est incomplète.</translation>
    </message>
    <message>
        <source>Choose a screening outcome.</source>
        <translation>Choisissez une issue de sélection.</translation>
    </message>
    <message>
        <source>The note is too long (500 characters at most).</source>
        <translation>La note est trop longue (500 caractères au plus).</translation>
    </message>
    <message>
        <source>This patient is already included.</source>
        <translation>Ce patient est déjà inclus.</translation>
    </message>
    <message>
        <source>A screen failure is recorded for this patient: retract it first (screening log, with the reason), then include.</source>
        <translation>Un échec de screening est enregistré pour ce patient&#xa0;: retirez-le d&apos;abord (registre de sélection, avec le motif), puis incluez.</translation>
    </message>
    <message>
        <source>A screen failure is recorded for this patient: cancel it (with a reason) before including.</source>
        <translation type="vanished">Un échec de screening est enregistré pour ce patient&#xa0;: annulez-le (avec un motif) avant d&apos;inclure.</translation>
    </message>
    <message>
        <source>No valid consent is recorded: the patient cannot be included yet.</source>
        <translation>Aucun consentement valide n&apos;est enregistré&#xa0;: le patient ne peut pas encore être inclus.</translation>
    </message>
    <message>
        <source>{field}: enter a date (DD/MM/YYYY).</source>
        <translation>{field}&#xa0;: saisissez une date (JJ/MM/AAAA).</translation>
    </message>
    <message>
        <source>{field}: &quot;{text}&quot; is not a valid date (DD/MM/YYYY).</source>
        <translation>{field}&#xa0;: « {text} » n&apos;est pas une date valide (JJ/MM/AAAA).</translation>
    </message>
    <message>
        <source>{field}: {date} is in the future.</source>
        <translation>{field}&#xa0;: {date} est dans le futur.</translation>
    </message>
    <message>
        <source>{field}: {date} is too far in the past.</source>
        <translation>{field}&#xa0;: {date} est trop loin dans le passé.</translation>
    </message>
    <message>
        <source>{field}: enter a time (HH:MM).</source>
        <translation>{field}&#xa0;: saisissez une heure (HH:MM).</translation>
    </message>
    <message>
        <source>{field}: &quot;{text}&quot; is not a time (HH:MM).</source>
        <translation>{field}&#xa0;: « {text} » n&apos;est pas une heure (HH:MM).</translation>
    </message>
    <message>
        <source>{field}: enter date and time (DD/MM/YYYY HH:MM).</source>
        <translation>{field}&#xa0;: saisissez la date et l&apos;heure (JJ/MM/AAAA HH:MM).</translation>
    </message>
    <message>
        <source>{field}: {time} does not exist on {date}: the clocks went forward one hour that night (02:00 became 03:00).</source>
        <translation>{field}&#xa0;: {time} n&apos;existe pas le {date}&#xa0;: on a avancé les horloges d&apos;une heure cette nuit-là (02:00 est devenu 03:00).</translation>
    </message>
    <message>
        <source>{field}: {time} happened twice on {date} (the clocks went back one hour). Add {first} or {second} after the time.</source>
        <translation>{field}&#xa0;: {time} a eu lieu deux fois le {date} (on a reculé les horloges d&apos;une heure). Ajoutez {first} ou {second} après l&apos;heure.</translation>
    </message>
    <message>
        <source>{field}: {time} is in the future.</source>
        <translation>{field}&#xa0;: {time} est dans le futur.</translation>
    </message>
    <message>
        <source>{field}: choose the test method.</source>
        <translation>{field}&#xa0;: choisissez la méthode de test.</translation>
    </message>
    <message>
        <source>{field}: choose positive or negative.</source>
        <translation>{field}&#xa0;: choisissez positif ou négatif.</translation>
    </message>
    <message>
        <source>{field}: choose one of {choices}.</source>
        <translation>{field}&#xa0;: choisissez parmi {choices}.</translation>
    </message>
    <message>
        <source>{field}: not a list of laboratory values not done.</source>
        <translation>{field}&#xa0;: pas une liste de valeurs de laboratoire non réalisées.</translation>
    </message>
    <message>
        <source>{field}: unknown laboratory value.</source>
        <translation>{field}&#xa0;: valeur de laboratoire inconnue.</translation>
    </message>
    <message>
        <source>{field}: not a checklist.</source>
        <translation>{field}&#xa0;: pas une liste de contrôle.</translation>
    </message>
    <message>
        <source>{field}: not an input of this protocol.</source>
        <translation>{field}&#xa0;: pas une donnée de ce protocole.</translation>
    </message>
    <message>
        <source>{field}: {value} is outside {low}–{high}.</source>
        <translation>{field}&#xa0;: {value} est hors de {low}–{high}.</translation>
    </message>
    <message>
        <source>{field}: not a list of tests.</source>
        <translation>{field}&#xa0;: pas une liste de tests.</translation>
    </message>
    <message>
        <source>{field}: this value is not entered on the checklist.</source>
        <translation>{field}&#xa0;: cette valeur ne se saisit pas sur la liste.</translation>
    </message>
    <message>
        <source>entry {entry} is not in the sync format: {detail}</source>
        <translation>l&apos;entrée {entry} n&apos;est pas au format de synchronisation&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>entry {entry} breaks the envelope rules: {detail}</source>
        <translation>l&apos;entrée {entry} enfreint les règles d&apos;enveloppe&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>entry {entry}: its record type is not a registered type</source>
        <translation>entrée {entry}&#xa0;: son type d&apos;enregistrement n&apos;est pas un type déclaré</translation>
    </message>
    <message>
        <source>entry {entry}: content field {detail} does not match its declaration</source>
        <translation>entrée {entry}&#xa0;: le champ {detail} ne correspond pas à sa déclaration</translation>
    </message>
    <message>
        <source>entry {entry} is not signed by its author</source>
        <translation>l&apos;entrée {entry} n&apos;est pas signée par son auteur</translation>
    </message>
    <message>
        <source>entry {entry} is signed by a key this site does not know</source>
        <translation>l&apos;entrée {entry} est signée par une clé inconnue de ce site</translation>
    </message>
    <message>
        <source>entry {entry} claims author {author} but is signed with another person&apos;s key</source>
        <translation>l&apos;entrée {entry} se dit de {author} mais est signée avec la clé d&apos;une autre personne</translation>
    </message>
    <message>
        <source>entry {entry}: the signature of {author} does not match its content</source>
        <translation>entrée {entry}&#xa0;: la signature de {author} ne correspond pas à son contenu</translation>
    </message>
    <message>
        <source>entry {entry}: {author} was not on the staff directory at that time</source>
        <translation>entrée {entry}&#xa0;: {author} ne figurait pas dans l&apos;annuaire du personnel à ce moment</translation>
    </message>
    <message>
        <source>entry {entry}: the account of {author} was revoked at that time</source>
        <translation>entrée {entry}&#xa0;: le compte de {author} était révoqué à ce moment</translation>
    </message>
    <message>
        <source>entry {entry}: {author} signed with a key they had replaced at that time</source>
        <translation>entrée {entry}&#xa0;: {author} a signé avec une clé déjà remplacée à ce moment</translation>
    </message>
    <message>
        <source>entry {entry}: {author} ({role}) was not allowed to write a {record_type} record</source>
        <translation>entrée {entry}&#xa0;: {author} ({role}) n&apos;avait pas le droit d&apos;écrire un enregistrement {record_type}</translation>
    </message>
    <message>
        <source>entry {entry}: {author} ({role}) was not allowed to set {field}</source>
        <translation>entrée {entry}&#xa0;: {author} ({role}) n&apos;avait pas le droit de fixer {field}</translation>
    </message>
    <message>
        <source>entry {entry}: a signature record not made by its signer</source>
        <translation>entrée {entry}&#xa0;: une signature qui n&apos;a pas été faite par son signataire</translation>
    </message>
    <message>
        <source>entry {entry}: a staff directory entry signed by a key that does not chain to the site&apos;s administrator key</source>
        <translation>entrée {entry}&#xa0;: une entrée de l&apos;annuaire du personnel signée par une clé qui ne remonte pas à la clé d&apos;administrateur du site</translation>
    </message>
    <message>
        <source>entry {entry} holds a value the {which} rule cannot read ({detail})</source>
        <translation>l&apos;entrée {entry} contient une valeur que la règle {which} ne peut pas lire ({detail})</translation>
    </message>
    <message>
        <source>entry {entry} corrects a version that was refused</source>
        <translation>l&apos;entrée {entry} corrige une version qui a été refusée</translation>
    </message>
    <message>
        <source>entry {entry}: a second {record_type} record for one patient (a patient has only one; a change is a new version of it)</source>
        <translation>entrée {entry}&#xa0;: une deuxième fiche {record_type} pour un même patient (un patient n&apos;en a qu&apos;une&#xa0;; une modification en est une nouvelle version)</translation>
    </message>
    <message>
        <source>entry {entry}: a staff directory entry that is not valid</source>
        <translation>entrée {entry}&#xa0;: une entrée de l&apos;annuaire du personnel non valide</translation>
    </message>
    <message>
        <source>The vault folder {path} could not be protected or prepared ({detail}). Ask IT to install Bedside with its installer, which creates the folder and the &quot;Bedside users&quot; group.</source>
        <translation>Le dossier du coffre {path} n&apos;a pas pu être protégé ou préparé ({detail}). Demandez à l&apos;informatique d&apos;installer Bedside avec son installateur, qui crée le dossier et le groupe « Bedside users ».</translation>
    </message>
    <message>
        <source>The vault&apos;s database is behind its last recorded audit entry: entries {first} to {last} are missing (an old copy was restored, or its journal was lost after an unclean exit). Entries already sent to the server can be recovered from it; tell the site administrator.</source>
        <translation>La base du coffre est en retard sur sa dernière entrée d&apos;audit enregistrée&#xa0;: les entrées {first} à {last} manquent (une ancienne copie a été restaurée, ou son journal a été perdu après un arrêt brutal). Les entrées déjà envoyées au serveur peuvent y être récupérées&#xa0;; prévenez l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>Audit entry {seq} differs from the one recorded outside the database: the history was rewritten. Tell the site administrator.</source>
        <translation>L&apos;entrée d&apos;audit {seq} diffère de celle enregistrée hors de la base&#xa0;: l&apos;historique a été réécrit. Prévenez l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>The record of the latest audit entry kept outside the database is missing or unreadable: a rollback cannot be ruled out. Tell the site administrator.</source>
        <translation>La trace de la dernière entrée d&apos;audit conservée hors de la base est absente ou illisible&#xa0;: un retour en arrière ne peut pas être exclu. Prévenez l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>The record of the latest audit entry kept outside the database fails its authentication check (edited). Tell the site administrator.</source>
        <translation>La trace de la dernière entrée d&apos;audit conservée hors de la base échoue à son contrôle d&apos;authenticité (modifiée). Prévenez l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>The failed sign-in counter in vault.json was reset by editing the file ({missing} failed sign-ins are no longer counted). Someone may have been guessing passwords: tell the site administrator.</source>
        <translation>Le compteur d&apos;échecs de connexion de vault.json a été remis à zéro en modifiant le fichier ({missing} échecs de connexion ne sont plus comptés). Quelqu&apos;un a peut-être essayé de deviner des mots de passe&#xa0;: prévenez l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>is not one of the reasons a step of the legal order is passed over</source>
        <translation>n&apos;est pas un des motifs pour passer un rang de l&apos;ordre légal</translation>
    </message>
    <message>
        <source>must give the representative&apos;s step of the legal order and a reason for each earlier step</source>
        <translation>doit donner le rang du représentant dans l&apos;ordre légal et un motif pour chaque rang précédent</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Step number</source>
        <translation>Numéro d&apos;étape</translation>
    </message>
    <message>
        <source>Consent status after this step</source>
        <translation>Statut du consentement après cette étape</translation>
    </message>
    <message>
        <source>Patient able to consent</source>
        <translation>Patient apte à consentir</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Assessing physician</source>
        <translation>Médecin évaluateur</translation>
    </message>
    <message>
        <source>Attempts to reach a representative</source>
        <translation>Tentatives de joindre un représentant</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Consent pathway</source>
        <translation>Voie de consentement</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Formulaire de consentement</translation>
    </message>
    <message>
        <source>Form version</source>
        <translation>Version du formulaire</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Optional items</source>
        <translation>Éléments facultatifs</translation>
    </message>
    <message>
        <source>Person signing</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Handwritten signature</source>
        <translation>Signature manuscrite</translation>
    </message>
    <message>
        <source>Obtained by</source>
        <translation>Obtenu par</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Objects to use of data already collected</source>
        <translation>S&apos;oppose à l&apos;utilisation des données déjà recueillies</translation>
    </message>
    <message>
        <source>Withdrawn by</source>
        <translation>Retiré par</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Withdrawal covers</source>
        <translation>Le retrait couvre</translation>
    </message>
    <message>
        <source>Consent step</source>
        <translation>Étape de consentement</translation>
    </message>
    <message>
        <source>Consent step version</source>
        <translation>Version de l&apos;étape de consentement</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>Empreinte du contenu</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>Fichier PDF</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Signed consent document</source>
        <translation>Document de consentement signé</translation>
    </message>
    <message>
        <source>Hospital number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom</translation>
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
        <source>Wristband code</source>
        <translation>Code du bracelet</translation>
    </message>
    <message>
        <source>Screening number</source>
        <translation>Numéro de screening</translation>
    </message>
    <message>
        <source>Subject identifier</source>
        <translation>Identifiant du sujet</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation>Nom du signataire</translation>
    </message>
    <message>
        <source>Signer&apos;s user name</source>
        <translation>Identifiant du signataire</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Signed version</source>
        <translation>Version signée</translation>
    </message>
    <message>
        <source>Signed record</source>
        <translation>Fiche signée</translation>
    </message>
    <message>
        <source>Signed record type</source>
        <translation>Type de fiche signée</translation>
    </message>
    <message>
        <source>Signed content hash</source>
        <translation>Empreinte du contenu signé</translation>
    </message>
    <message>
        <source>Binding</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Nom du site</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>Verrouillage après inactivité</translation>
    </message>
    <message>
        <source>Subject id format</source>
        <translation>Format de l&apos;identifiant du sujet</translation>
    </message>
    <message>
        <source>Enrollment target</source>
        <translation>Objectif d&apos;inclusion</translation>
    </message>
    <message>
        <source>Warn when this many inclusions remain</source>
        <translation>Avertir quand il reste ce nombre d&apos;inclusions</translation>
    </message>
    <message>
        <source>Shortest interval between infusions</source>
        <translation>Intervalle minimal entre perfusions</translation>
    </message>
    <message>
        <source>Longest interval between infusions</source>
        <translation>Intervalle maximal entre perfusions</translation>
    </message>
    <message>
        <source>Consent languages</source>
        <translation>Langues du consentement</translation>
    </message>
    <message>
        <source>Eligibility protocol</source>
        <translation>Protocole d&apos;éligibilité</translation>
    </message>
    <message>
        <source>Order of legal representatives</source>
        <translation>Ordre des représentants légaux</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Site settings</source>
        <translation>Réglages du site</translation>
    </message>
    <message>
        <source>Self-test</source>
        <translation>Autotest</translation>
    </message>
    <message>
        <source>Staff directory entry</source>
        <translation>Entrée de l&apos;annuaire du personnel</translation>
    </message>
    <message>
        <source>Site setting change</source>
        <translation>Modification d&apos;un réglage du site</translation>
    </message>
    <message>
        <source>is not one of the site&apos;s screen-failure reasons</source>
        <translation>n&apos;est pas un des motifs d&apos;échec de screening du site</translation>
    </message>
    <message>
        <source>Laboratory test</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Sampled at</source>
        <translation>Prélevé le</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>As entered</source>
        <translation>Saisi tel quel</translation>
    </message>
    <message>
        <source>From the lab system</source>
        <translation>Du laboratoire</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Facts evaluated</source>
        <translation>Faits évalués</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Protocol file</source>
        <translation>Fichier du protocole</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Screening outcome</source>
        <translation>Issue du screening</translation>
    </message>
    <message>
        <source>Criteria not met</source>
        <translation>Critères non remplis</translation>
    </message>
    <message>
        <source>Screen failure type</source>
        <translation>Type d&apos;échec de screening</translation>
    </message>
    <message>
        <source>Non-clinical reason</source>
        <translation>Motif non clinique</translation>
    </message>
    <message>
        <source>Assessment status when recorded</source>
        <translation>Statut de l&apos;évaluation à l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>must name the criteria not met, and no other reason</source>
        <translation>doit citer les critères non remplis, et aucun autre motif</translation>
    </message>
    <message>
        <source>must give one non-clinical reason, and no criteria</source>
        <translation>doit donner un motif non clinique, et aucun critère</translation>
    </message>
    <message>
        <source>names a criterion twice</source>
        <translation>cite deux fois le même critère</translation>
    </message>
    <message>
        <source>needs a note explaining the reason</source>
        <translation>demande une note qui explique le motif</translation>
    </message>
    <message>
        <source>Laboratory value</source>
        <translation>Valeur de laboratoire</translation>
    </message>
    <message>
        <source>Eligibility assessment</source>
        <translation>Évaluation d&apos;éligibilité</translation>
    </message>
    <message>
        <source>Screen failure</source>
        <translation>Échec de screening</translation>
    </message>
    <message>
        <source>Infusion number</source>
        <translation>Numéro de perfusion</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Weight measured at</source>
        <translation>Poids mesuré le</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Dose shown</source>
        <translation>Dose affichée</translation>
    </message>
    <message>
        <source>Dose override reason</source>
        <translation>Motif de dérogation de dose</translation>
    </message>
    <message>
        <source>Out-of-window reason</source>
        <translation>Motif hors fenêtre</translation>
    </message>
    <message>
        <source>Override approved by</source>
        <translation>Dérogation approuvée par</translation>
    </message>
    <message>
        <source>Infusion</source>
        <translation>Perfusion</translation>
    </message>
    <message>
        <source>First person</source>
        <translation>Première personne</translation>
    </message>
    <message>
        <source>Second person</source>
        <translation>Deuxième personne</translation>
    </message>
    <message>
        <source>Wristband matches</source>
        <translation>Bracelet concordant</translation>
    </message>
    <message>
        <source>Product label confirmed</source>
        <translation>Étiquette du produit confirmée</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>At</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Volume given</source>
        <translation>Volume administré</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Mesuré le</translation>
    </message>
    <message>
        <source>Time point</source>
        <translation>Temps du protocole</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>From the monitor</source>
        <translation>Du moniteur</translation>
    </message>
    <message>
        <source>Adverse event</source>
        <translation>Événement indésirable</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Investigator aware at</source>
        <translation>Investigateur informé le</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Seriousness criteria</source>
        <translation>Critères de gravité</translation>
    </message>
    <message>
        <source>Relation to the infusion</source>
        <translation>Lien avec la perfusion</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Mesure prise</translation>
    </message>
    <message>
        <source>Adverse event of special interest</source>
        <translation>Événement indésirable d&apos;intérêt particulier</translation>
    </message>
    <message>
        <source>is not one of the protocol&apos;s choices</source>
        <translation>ne fait pas partie des choix du protocole</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Date de la visite</translation>
    </message>
    <message>
        <source>Reason for the unscheduled visit</source>
        <translation>Motif de la visite non programmée</translation>
    </message>
    <message>
        <source>Vital status</source>
        <translation>Statut vital</translation>
    </message>
    <message>
        <source>Date of death</source>
        <translation>Date du décès</translation>
    </message>
    <message>
        <source>Cause of death</source>
        <translation>Cause du décès</translation>
    </message>
    <message>
        <source>Respiratory support at the visit</source>
        <translation>Support respiratoire à la visite</translation>
    </message>
    <message>
        <source>Respiratory support since inclusion</source>
        <translation>Support respiratoire depuis l&apos;inclusion</translation>
    </message>
    <message>
        <source>ICU discharge</source>
        <translation>Sortie des soins intensifs</translation>
    </message>
    <message>
        <source>Hospital discharge</source>
        <translation>Sortie de l&apos;hôpital</translation>
    </message>
    <message>
        <source>Adverse events of special interest reviewed</source>
        <translation>Revue des événements indésirables d&apos;intérêt particulier</translation>
    </message>
    <message>
        <source>Concomitant treatments of interest</source>
        <translation>Traitements concomitants d&apos;intérêt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>needs a reason for an unscheduled visit, and only for one</source>
        <translation>demande un motif pour une visite non programmée, et seulement pour elle</translation>
    </message>
    <message>
        <source>needs the date and the cause of death</source>
        <translation>demande la date et la cause du décès</translation>
    </message>
    <message>
        <source>has a death after the visit date</source>
        <translation>a un décès après la date de la visite</translation>
    </message>
    <message>
        <source>gives a respiratory support after death</source>
        <translation>indique un support respiratoire après le décès</translation>
    </message>
    <message>
        <source>gives a death for a patient alive</source>
        <translation>indique un décès pour un patient vivant</translation>
    </message>
    <message>
        <source>needs the respiratory support at the visit</source>
        <translation>demande le support respiratoire à la visite</translation>
    </message>
    <message>
        <source>has a respiratory support period whose dates are out of order</source>
        <translation>a une période de support respiratoire aux dates incohérentes</translation>
    </message>
    <message>
        <source>has a discharge after the visit</source>
        <translation>a une sortie après la visite</translation>
    </message>
    <message>
        <source>has a hospital discharge before the ICU discharge</source>
        <translation>a une sortie de l&apos;hôpital avant la sortie des soins intensifs</translation>
    </message>
    <message>
        <source>must answer each adverse event of special interest exactly once</source>
        <translation>doit répondre une fois exactement pour chaque événement indésirable d&apos;intérêt particulier</translation>
    </message>
    <message>
        <source>must link each adverse event of special interest that occurred to the adverse event log, and link none that did not</source>
        <translation>doit relier chaque événement indésirable d&apos;intérêt particulier survenu au registre des événements indésirables, et aucun qui n&apos;est pas survenu</translation>
    </message>
    <message>
        <source>must answer each concomitant treatment of interest exactly once</source>
        <translation>doit répondre une fois exactement pour chaque traitement concomitant d&apos;intérêt</translation>
    </message>
    <message>
        <source>End of participation</source>
        <translation>Fin de participation</translation>
    </message>
    <message>
        <source>Last day of participation</source>
        <translation>Dernier jour de participation</translation>
    </message>
    <message>
        <source>Consent withdrawal</source>
        <translation>Retrait du consentement</translation>
    </message>
    <message>
        <source>Contact attempts</source>
        <translation>Tentatives de contact</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>needs the date and cause of death when the patient died, and only then</source>
        <translation>demande la date et la cause du décès si le patient est décédé, et seulement alors</translation>
    </message>
    <message>
        <source>must end on the day of death</source>
        <translation>doit se terminer le jour du décès</translation>
    </message>
    <message>
        <source>must name the consent withdrawal and what it covers when consent was withdrawn, and only then</source>
        <translation>doit nommer le retrait du consentement et sa portée si le consentement a été retiré, et seulement alors</translation>
    </message>
    <message>
        <source>lists contact attempts when the patient is lost to follow-up, and only then</source>
        <translation>liste les tentatives de contact si le patient est perdu de vue, et seulement alors</translation>
    </message>
    <message>
        <source>needs more contact attempts before lost to follow-up</source>
        <translation>demande davantage de tentatives de contact avant « perdu de vue »</translation>
    </message>
    <message>
        <source>has a contact attempt after the last day of participation</source>
        <translation>a une tentative de contact après le dernier jour de participation</translation>
    </message>
    <message>
        <source>needs the investigator&apos;s explanation</source>
        <translation>demande l&apos;explication de l&apos;investigateur</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>Visite de suivi</translation>
    </message>
    <message>
        <source>From the alert</source>
        <translation>Issu de l&apos;alerte</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>Déclaré le</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Déclaré par</translation>
    </message>
    <message>
        <source>Two-person bedside check</source>
        <translation>Double contrôle au lit</translation>
    </message>
    <message>
        <source>Infusion event</source>
        <translation>Événement de perfusion</translation>
    </message>
    <message>
        <source>Vital signs</source>
        <translation>Signes vitaux</translation>
    </message>
    <message>
        <source>Serious adverse event reported</source>
        <translation>Événement indésirable grave déclaré</translation>
    </message>
    <message>
        <source>{label}: enter text here.</source>
        <translation>{label}&#xa0;: saisissez du texte ici.</translation>
    </message>
    <message>
        <source>{label} {problem}.</source>
        <translation>{label} {problem}.</translation>
    </message>
    <message>
        <source>contains a character that cannot be stored (a broken character code)</source>
        <translation>contient un caractère impossible à enregistrer (code de caractère invalide)</translation>
    </message>
    <message>
        <source>contains an invisible character that changes the text direction</source>
        <translation>contient un caractère invisible qui change le sens du texte</translation>
    </message>
    <message>
        <source>must be on one line</source>
        <translation>doit tenir sur une seule ligne</translation>
    </message>
    <message>
        <source>contains an invisible control character</source>
        <translation>contient un caractère de contrôle invisible</translation>
    </message>
    <message>
        <source>must not start or end with a space</source>
        <translation>ne doit pas commencer ni finir par une espace</translation>
    </message>
    <message>
        <source>is not a date and time</source>
        <translation>n&apos;est pas une date et une heure</translation>
    </message>
    <message>
        <source>has no time zone</source>
        <translation>n&apos;a pas de fuseau horaire</translation>
    </message>
    <message>
        <source>is outside the calendar</source>
        <translation>est en dehors du calendrier</translation>
    </message>
    <message>
        <source>is not a plausible date (years 1900 to 2200)</source>
        <translation>n&apos;est pas une date plausible (années 1900 à 2200)</translation>
    </message>
    <message>
        <source>is not a date (year-month-day)</source>
        <translation>n&apos;est pas une date (année-mois-jour)</translation>
    </message>
    <message>
        <source>is nested too deeply</source>
        <translation>est imbriqué trop profondément</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>est trop long</translation>
    </message>
    <message>
        <source>is a number too large to store</source>
        <translation>est un nombre trop grand pour être enregistré</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>has too many items</source>
        <translation>contient trop d&apos;éléments</translation>
    </message>
    <message>
        <source>has a field name that is not valid</source>
        <translation>contient un nom de champ non valide</translation>
    </message>
    <message>
        <source>holds a value that cannot be stored</source>
        <translation>contient une valeur impossible à enregistrer</translation>
    </message>
    <message>
        <source>This patient is included: a screen failure cannot be recorded.</source>
        <translation>Ce patient est inclus&#xa0;: un échec de screening ne peut pas être enregistré.</translation>
    </message>
    <message>
        <source>No eligibility assessment is saved: record its criteria first, or give a non-clinical reason.</source>
        <translation>Aucune évaluation d&apos;éligibilité n&apos;est enregistrée&#xa0;: remplissez d&apos;abord ses critères, ou donnez un motif non clinique.</translation>
    </message>
    <message>
        <source>The assessment does not show {criteria} as not met: correct the checklist first.</source>
        <translation>L&apos;évaluation ne montre pas {criteria} comme non rempli&#xa0;: corrigez d&apos;abord la checklist.</translation>
    </message>
    <message>
        <source>Choose one reason for the screen failure.</source>
        <translation>Choisissez un motif pour l&apos;échec de screening.</translation>
    </message>
    <message>
        <source>The assessment shows this patient not eligible ({criteria}): record the criteria not met as the reason.</source>
        <translation>L&apos;évaluation montre ce patient non éligible ({criteria})&#xa0;: enregistrez les critères non remplis comme motif.</translation>
    </message>
    <message>
        <source>Explain this reason in the note.</source>
        <translation>Expliquez ce motif dans la note.</translation>
    </message>
    <message>
        <source>A screen failure is already recorded: give a reason for the change.</source>
        <translation>Un échec de screening est déjà enregistré&#xa0;: donnez un motif pour la modification.</translation>
    </message>
    <message>
        <source>No screen failure is recorded for this patient.</source>
        <translation>Aucun échec de screening n&apos;est enregistré pour ce patient.</translation>
    </message>
    <message>
        <source>Give a reason for retracting the screen failure.</source>
        <translation>Indiquez pourquoi l&apos;échec de screening est retiré.</translation>
    </message>
    <message>
        <source>Give a reason for cancelling the screen failure.</source>
        <translation type="vanished">Donnez un motif pour annuler l&apos;échec de screening.</translation>
    </message>
    <message>
        <source>This patient is not included: there is no participation to end.</source>
        <translation>Ce patient n&apos;est pas inclus&#xa0;: il n&apos;y a pas de participation à clôturer.</translation>
    </message>
    <message>
        <source>The last day of participation is before the inclusion ({inclusion}).</source>
        <translation>Le dernier jour de participation précède l&apos;inclusion ({inclusion}).</translation>
    </message>
    <message>
        <source>The last day of participation {date} is in the future.</source>
        <translation>Le dernier jour de participation ({date}) est dans le futur.</translation>
    </message>
    <message>
        <source>The end of participation is already recorded: correct it instead.</source>
        <translation>La fin de participation est déjà enregistrée&#xa0;: corrigez-la plutôt.</translation>
    </message>
    <message>
        <source>A follow-up visit is recorded after {date}: the participation cannot end before it.</source>
        <translation>Une visite de suivi est enregistrée après le {date}&#xa0;: la participation ne peut pas se terminer avant elle.</translation>
    </message>
    <message>
        <source>Completed needs the day-{day} visit recorded first.</source>
        <translation>« Terminé » demande d&apos;abord la visite du jour {day}.</translation>
    </message>
    <message>
        <source>Record the consent withdrawal first: the end of participation names it.</source>
        <translation>Enregistrez d&apos;abord le retrait du consentement&#xa0;: la fin de participation y renvoie.</translation>
    </message>
    <message>
        <source>The scope must be the one recorded with the consent withdrawal.</source>
        <translation>La portée doit être celle enregistrée avec le retrait du consentement.</translation>
    </message>
    <message>
        <source>A follow-up visit records the death on {date}: the end of participation must say so.</source>
        <translation>Une visite de suivi enregistre le décès le {date}&#xa0;: la fin de participation doit l&apos;indiquer.</translation>
    </message>
    <message>
        <source>The date of death is before the inclusion ({inclusion}).</source>
        <translation>La date du décès précède l&apos;inclusion ({inclusion}).</translation>
    </message>
    <message>
        <source>This patient is not included: no follow-up visit.</source>
        <translation>Ce patient n&apos;est pas inclus&#xa0;: pas de visite de suivi.</translation>
    </message>
    <message>
        <source>The visit date {date} is before the inclusion ({inclusion}).</source>
        <translation>La date de la visite ({date}) précède l&apos;inclusion ({inclusion}).</translation>
    </message>
    <message>
        <source>The visit date {date} is in the future.</source>
        <translation>La date de la visite ({date}) est dans le futur.</translation>
    </message>
    <message>
        <source>A discharge date is before the inclusion ({inclusion}).</source>
        <translation>Une date de sortie précède l&apos;inclusion ({inclusion}).</translation>
    </message>
    <message>
        <source>This visit is already recorded: correct it instead.</source>
        <translation>Cette visite est déjà enregistrée&#xa0;: corrigez-la plutôt.</translation>
    </message>
    <message>
        <source>Participation ended on {date}: no visit after that day.</source>
        <translation>La participation s&apos;est terminée le {date}&#xa0;: pas de visite après ce jour.</translation>
    </message>
    <message>
        <source>A linked event is not an adverse event of special interest of this patient in the adverse event log.</source>
        <translation>Un événement relié n&apos;est pas un événement indésirable d&apos;intérêt particulier de ce patient dans le registre des événements indésirables.</translation>
    </message>
    <message>
        <source>The adverse event log holds an event of special interest of this kind before the visit: answer yes and link it.</source>
        <translation>Le registre des événements indésirables contient un événement d&apos;intérêt particulier de ce type avant la visite&#xa0;: répondez oui et reliez-le.</translation>
    </message>
    <message>
        <source>Say why the monitor values are not charted.</source>
        <translation>Indiquez pourquoi les valeurs du moniteur ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>Sending system</source>
        <translation>Système émetteur</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Measured at</source>
        <translation>Mesuré le</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Monitor values not charted</source>
        <translation>Valeurs du moniteur non retenues</translation>
    </message>
    <message>
        <source>Say why this monitor or lab message is not this patient&apos;s.</source>
        <translation>Indiquez pourquoi ce message du moniteur ou du laboratoire n&apos;est pas celui de ce patient.</translation>
    </message>
    <message>
        <source>The server sent a site administrator key that is not valid.</source>
        <translation>Le serveur a envoyé une clé d&apos;administrateur du site qui n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>This PC belongs to another site: its site administrator key differs from the server&apos;s.</source>
        <translation>Ce PC appartient à un autre site&#xa0;: sa clé d&apos;administrateur du site diffère de celle du serveur.</translation>
    </message>
    <message>
        <source>The consent and eligibility check failed: the infusion cannot start.</source>
        <translation>La vérification du consentement et de l&apos;éligibilité a échoué&#xa0;: la perfusion ne peut pas commencer.</translation>
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
    <message>
        <source>Vault integrity</source>
        <translation>Intégrité du coffre</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>&amp;Help</source>
        <translation type="vanished">&amp;Aide</translation>
    </message>
    <message>
        <source>About Bedside</source>
        <translation type="vanished">À propos de Bedside</translation>
    </message>
</context>
</TS>
