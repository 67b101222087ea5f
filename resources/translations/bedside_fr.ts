<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name />
        <message>
            <source>reported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LATE by {t}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>report within {t}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Infusion {n} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not prepared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ready · dose {dose} ×10⁶/kg · bag {bag}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>RUNNING since {t} · dose {dose} ×10⁶/kg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PAUSED · started {t}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>complete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>partial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>aborted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ended {t} · {outcome}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✓ Checked by {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Two-person check…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot start yet: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record the product and dose first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Infusion</source>
            <comment>extra</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Infusion</source>
            <comment>Baseline</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Infusion</source>
            <comment>+{m} min</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Infusion</source>
            <comment>End +{m}</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record product, dose and checks to begin.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} missed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading overdue: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All scheduled readings done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DUE NOW · {what} reading · {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>late {cd}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in {cd}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next reading · {what} · at {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} ✓ {d}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} ● running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} · DUE {a}–{b}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} · LATE {a}–{b}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} · {a}–{b}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Infusion {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what}: {d}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not included yet: no infusion plan.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Bedside</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bundled components and their licences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a component to read its licence.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished">Fermer</translation>
        </message>
        <message>
            <source>Bedside {version}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TJT2012 ICU workstation — CHU de Liège</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{commit}, built {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>installed program</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>source checkout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version</source>
            <translation type="unfinished">Version</translation>
        </message>
        <message>
            <source>Protocol version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Build commit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Running from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Component</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Licence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Licence: {licence}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(licence file {name} missing from this installation)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AeForm</name>
        <message>
            <source>Correct adverse event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New adverse event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Term</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Onset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— choose —</source>
            <translation type="unfinished">— choisir —</translation>
        </message>
        <message>
            <source>CTCAE grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serious (SAE)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seriousness criteria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relation to MSC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unexpected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expectedness</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not of special interest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Special interest (AESI)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not linked to an infusion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Infusion {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Infusion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason for the correction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save adverse event</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AeList</name>
        <message>
            <source>+ New adverse event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correct…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Investigator sign-off…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark SAE reported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History…</source>
            <translation type="unfinished">Historique…</translation>
        </message>
        <message>
            <source>Onset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Term</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serious</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AESI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SAE clock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign-off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version</source>
            <translation type="unfinished">Version</translation>
        </message>
        <message>
            <source>SAE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✓ signed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to sign</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AlertBar</name>
        <message>
            <source>Record adverse event (F8)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ALERT {time}: {alerts}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AuditDialog</name>
        <message>
            <source>Audit trail (newest first)</source>
            <translation>Piste d'audit (plus récent en premier)</translation>
        </message>
    </context>
    <context>
        <name>ChecklistWidget</name>
        <message>
            <source>Assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group B, ventilated over {days} days: inflammation reading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lab values (timed series; converted to the protocol units)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DD/MM/YYYY</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DD/MM/YYYY HH:MM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter on an item goes to it:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save checklist  (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign: eligibility confirmed…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Include in trial (give subject id)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not load or save; try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: born {dob}, sex {sex} (from registration)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To enter: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent: {state}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Protocol {protocol}, assessment version {version}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Protocol {protocol}, not saved yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed by {name} on {time}: eligibility confirmed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed since the last signature: needs a new signature.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not signed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only an investigator can sign; a nurse can prepare.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign (investigator only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Included: {subject}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed: eligibility confirmed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Included as {subject} ({n} of {target}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The trial target is reached.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The trial target is nearly reached.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConsentFlow</name>
        <message>
            <source>Something went wrong.</source>
            <translation type="unfinished">Une erreur s'est produite.</translation>
        </message>
        <message>
            <source>Can the patient understand the study and decide right now?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Awake, oriented, able to follow the explanation and to say yes or no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes — the patient can decide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No — the patient cannot decide (sedated, confused, too ill)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Can you reach a legal representative now?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Look for one in this order:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes — a representative is here or on the phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No — nobody could be reached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The patient can now decide (new assessment)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No representative could be reached: ask an impartial witness</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A physician from a department not taking part in the trial, or a member of the Ethics Committee.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Continue with the witness  ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Has the situation changed?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A representative has been reached after all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirmation by the patient is pending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Can the patient now understand and decide?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes — assess capacity and ask the patient now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The patient died without regaining capacity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The patient was discharged without regaining capacity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A legal representative withdraws consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New form version approved: representative re-consents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent is in place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A newer form version ({version}) is approved by the Ethics Committee: ask the patient to re-consent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re-consent on version {version}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The patient can no longer decide (record assessment)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participation has ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record a further withdrawal (e.g. objection to use of data)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only an investigator can assess capacity and obtain consent. You can record a withdrawal, a death or a discharge.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record a withdrawal of consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent given by {who} ({name}) on {date} — {days} day(s) ago, form version {version}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed by {who} ({name}) on {date}, form version {version} ({language}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This confirms the consent given earlier on the patient's behalf.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>objects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>does not object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The patient refused to continue on {date} and {objection} to the use of data already collected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent withdrawn on {date} by {who}. Scope: {scope}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The patient died on {date} without regaining capacity.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The patient was discharged on {date} without regaining capacity.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record that the patient can decide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How did you check? (optional: e.g. oriented, explains the study back in their own words)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why can the patient not decide right now?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A physician records this before a representative or witness can be asked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. sedated and intubated (RASS -4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessing physician: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your password, to sign the assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign the assessment  ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whom did you try to reach, and when?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record every attempt. The witness pathway opens after this record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished">Nom</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome, e.g. no answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relationship</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished">Quand</translation>
        </message>
        <message>
            <source>How</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+ Add another attempt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record: no representative reachable  ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who is the representative?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relationship to the patient (in the legal order of priority)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone or address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the relationship and fill in the name and the contact.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who is the impartial witness?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Department</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The witness attests being independent of the trial: not an investigator, not in a participating department, no interest in it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the witness's role and fill in the name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fill in the witness's department.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The witness must attest being independent of the trial.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next  ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In which language will the form be read?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No consent form version is approved yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read and explain the form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{form} version {version} ({language}) — approved by the Ethics Committee on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read and explained — questions answered  ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional items — ask each one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The answer does not change participation in the trial.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please answer every optional item (yes or no).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The patient signs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The representative signs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The witness signs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Patient's full name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear and sign again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fill in the patient's name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signature done  ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You sign as the person who obtained consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent by {who}: {name}
Form {form} version {version} ({language})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signing means: “consent obtained”. {name}, enter your password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign and record the consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recorded and signed. SHA-256 of the record: {hash}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The patient must confirm as soon as they can decide: this is now on the dashboard.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a PDF copy for printing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save consent record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The patient can decide again. What does the patient decide?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirms — the patient reads and signs the consent form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refuses to continue the trial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdraws consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The patient cannot decide after all (new assessment)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The patient died</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Does the patient object to the use of data already collected?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Further trial procedures stop in any case.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes, objects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No objection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason, if the patient gives one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record the refusal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record that the patient died without regaining capacity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record that the patient was discharged without regaining capacity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdrawal of consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The patient may withdraw at any time; the representative while the patient cannot decide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The legal representative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name of the person withdrawing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What does the withdrawal cover?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason, if given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record the withdrawal</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConsentOrder</name>
        <message>
            <source>label</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConsentRoles</name>
        <message>
            <source>label</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConsentTab</name>
        <message>
            <source>Consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Capacity assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No representative reachable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent signed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome of deferred confirmation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdrawal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start the consent  ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save PDF of the latest consent…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>◀  Consent overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent valid for trial procedures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No consent step recorded yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent details  ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Continue the consent  ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>can decide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot decide: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>[not signed: does not count]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save consent record</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CorrectInfusionDialog</name>
        <message>
            <source>Correct infusion {n}: product and dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Viable cells (×10⁶)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Volume (mL)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weight (kg)</source>
            <translation type="unfinished">Poids (kg)</translation>
        </message>
        <message>
            <source>Reason for the correction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Investigator override (dose outside the range)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Investigator</source>
            <translation type="unfinished">Investigateur</translation>
        </message>
        <message>
            <source>Password</source>
            <translation type="unfinished">Mot de passe</translation>
        </message>
        <message>
            <source>Save correction</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CorrectReadingDialog</name>
        <message>
            <source>Correct a reading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason for the correction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save correction</source>
            <translation type="unfinished" />
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
            <translation>Rien n'est en attente. Ouvrez un patient dans la liste à gauche.</translation>
        </message>
    </context>
    <context>
        <name>Eligibility</name>
        <message>
            <source>Eligibility: PCR/serology confirmations and enrollment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: positive PCR/serology confirmation OVERDUE (due {due})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: provisionally eligible, positive PCR/serology due by {due}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enrollment target reached: {n} of {target} included.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enrollment target nearly reached: {n} of {target} included.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Eligibility</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excludes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provisional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ELIGIBLE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PROVISIONALLY ELIGIBLE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NOT ELIGIBLE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>INCOMPLETE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group A</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Negative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Positive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PCR</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serology</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Female</source>
            <translation type="unfinished">Femme</translation>
        </message>
        <message>
            <source>Male</source>
            <translation type="unfinished">Homme</translation>
        </message>
    </context>
    <context>
        <name>EntryRow</name>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save ⏎</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export trial data</source>
            <translation>Exporter les données de l'étude</translation>
        </message>
        <message>
            <source>Pseudonymised: patients appear by subject or screening number only, with their age. No name, hospital number, date of birth or wristband code leaves the ward.</source>
            <translation>Pseudonymisé : les patients n'apparaissent que par leur numéro de sujet ou de sélection, avec leur âge. Aucun nom, numéro hospitalier, date de naissance ni code de bracelet ne quitte le service.</translation>
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
            <translation>Choisissez le dossier qui recevra l'export</translation>
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
            <translation>Cet export contient des identifiants directs. Le nom de son dossier contient IDENTIFIED. Conservez-le uniquement sur le réseau de l'hôpital.</translation>
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
            <translation>Dossier de l'export</translation>
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
        <name>FlowsheetPanel</name>
        <message>
            <source>Correct…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correct the product or weight recorded (new version with a reason)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product &amp;&amp; dose… F2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Two-person check… F3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>▶ Start F4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>❚❚ Pause… F5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>▶ Resume F6</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>■ Stop… F7</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FlowsheetTable</name>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timepoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Double-click a reading to correct it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to come</source>
            <translation type="unfinished" />
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
            <translation>Corriger les données d'identité…</translation>
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
            <translation>N° de sujet de l'étude</translation>
        </message>
        <message>
            <source>not included yet</source>
            <translation>pas encore inclus</translation>
        </message>
        <message>
            <source>Record version</source>
            <translation>Version de l'enregistrement</translation>
        </message>
    </context>
    <context>
        <name>Infusion</name>
        <message>
            <source>Infusions</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InfusionTab</name>
        <message>
            <source>Flowsheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adverse events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Infusion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adverse events ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> · {k} SAE clock</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LabCorrectionDialog</name>
        <message>
            <source>Correct {lab}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stored: {value} {unit} at {time} (entered {entered})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DD/MM/YYYY HH:MM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>why the value is corrected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LabRow</name>
        <message>
            <source>DD/MM/YYYY HH:MM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correct last…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No value yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous: {value} {unit} at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(entered {entered})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— before: {value} at {time}</source>
            <translation type="unfinished" />
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
            <translation>Nom d'utilisateur</translation>
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
            <translation>Saisissez votre nom d'utilisateur.</translation>
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
            <translation>Verrouiller l'écran</translation>
        </message>
        <message>
            <source>Switch user</source>
            <translation>Changer d'utilisateur</translation>
        </message>
        <message>
            <source>Staff accounts</source>
            <translation>Comptes du personnel</translation>
        </message>
        <message>
            <source>Site settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Piste d'audit</translation>
        </message>
        <message>
            <source>Screening log</source>
            <translation type="unfinished" />
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
            <translation>Personne n'est connecté</translation>
        </message>
        <message>
            <source>Vault: encrypted, locked</source>
            <translation>Coffre : chiffré, verrouillé</translation>
        </message>
    </context>
    <context>
        <name>Page</name>
        <message>
            <source>◀  Back</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>Sign eligibility</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Electronic signature by {name}. Meaning: eligibility confirmed. Enter your password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign</source>
            <translation type="unfinished" />
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
        <name>PauseDialog</name>
        <message>
            <source>Pause the infusion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProductDoseDialog</name>
        <message>
            <source>Infusion {n}: product and dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bag id (scan)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Donor id (scan)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Viable cells (×10⁶)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Volume (mL)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expiry on label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thaw time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date and time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>from the label, e.g. 25/11 15:00</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weight (kg)</source>
            <translation type="unfinished">Poids (kg)</translation>
        </message>
        <message>
            <source>Weighed at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The weight is older than {h} h: weigh the patient and set the time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Out-of-window reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>only if outside the planned window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>window {a} – {b}: reason only if outside</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Investigator override</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Investigator</source>
            <translation type="unfinished">Investigateur</translation>
        </message>
        <message>
            <source>Password</source>
            <translation type="unfinished">Mot de passe</translation>
        </message>
        <message>
            <source>Record product and dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{v} ×10⁶/kg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(outside {a}–{b})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <source>Reason for the change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This assessment was signed. Why is it changed? The new version will need a new signature.</source>
            <translation type="unfinished" />
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
        <name>ScreeningLogDialog</name>
        <message>
            <source>Screening log</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScreeningLogWidget</name>
        <message>
            <source>Screening no.</source>
            <translation type="unfinished">N° de sélection</translation>
        </message>
        <message>
            <source>Subject id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Screened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed criteria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirmation due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note (e.g. why declined)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record outcome for selected patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not load the screening log.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Included {n} of {target}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The trial target is reached.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The trial target is nearly reached.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Screened {screened} · included {included} · not eligible {ne} · declined {declined} · other {other} · in screening {screening}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OVERDUE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a patient first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome recorded.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Site settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Site name</source>
            <translation type="unfinished">Nom du site</translation>
        </message>
        <message>
            <source>Lock the screen after (minutes idle)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Study subject id format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enrollment target (patients)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warn when this many inclusions remain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days between infusions, at least</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days between infusions, at most</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent form languages (comma-separated codes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. protocol amendment 2, approved 01/12</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason for the change</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignOffDialog</name>
        <message>
            <source>Investigator sign-off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{term} — grade {grade}. I have reviewed this adverse event.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignaturePad</name>
        <message>
            <source>Signature pad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign here with finger, pen or mouse</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StopDialog</name>
        <message>
            <source>Stop the infusion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partial (volume given)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aborted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Volume given (mL)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>partial only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>if not complete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop infusion</source>
            <translation type="unfinished" />
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
        <name>TestSeries</name>
        <message>
            <source>DD/MM/YYYY</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove last</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No test entered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Test</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrendChart</name>
        <message>
            <source>Vital-sign trend chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No readings yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TwoPersonDialog</name>
        <message>
            <source>Two-person bedside check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A second person — not {name} — checks the patient and the bag.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scan wristband</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Label matches patient, bag id and donor id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Second person: user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Their password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirm check</source>
            <translation type="unfinished" />
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
            <translation>Nom d'utilisateur</translation>
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
            <source>Reset selected's password to the one above</source>
            <translation>Remplacer le mot de passe du compte sélectionné par celui ci-dessus</translation>
        </message>
        <message>
            <source>Revoke selected</source>
            <translation>Révoquer le compte sélectionné</translation>
        </message>
        <message>
            <source>Select an account in the list first.</source>
            <translation>Sélectionnez d'abord un compte dans la liste.</translation>
        </message>
        <message>
            <source>Revoke account</source>
            <translation>Révoquer le compte</translation>
        </message>
        <message>
            <source>Revoke {who}? They will no longer be able to sign in. What they recorded stays.</source>
            <translation>Révoquer {who} ? Cette personne ne pourra plus se connecter. Ce qu'elle a enregistré est conservé.</translation>
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
            <translation>L'administrateur crée les comptes du personnel. Choisissez un mot de passe d'au moins 8 caractères.</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nom d'utilisateur</translation>
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
        <name>_Dialog</name>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirm</source>
            <translation type="unfinished" />
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
            <translation>Si tous les mots de passe sont perdus, seul ce code ouvre le coffre. Notez-le ou imprimez-le maintenant et mettez-le sous clé. Il n'est affiché qu'une seule fois.</translation>
        </message>
        <message>
            <source>I have written down the recovery code and stored it safely</source>
            <translation>J'ai noté le code de récupération et je l'ai rangé en lieu sûr</translation>
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
            <translation>Ce poste n'a pas encore de coffre. Configurez-le une fois ; les infirmiers et les investigateurs se connectent ensuite avec leur propre compte.</translation>
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
            <source>“{text}” is not a number.</source>
            <translation type="unfinished" />
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
            <source>Only an investigator can approve this override.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This patient is not included in the trial: no infusion can be prepared.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A correction needs a reason.</source>
            <translation>Une correction doit être motivée.</translation>
        </message>
        <message>
            <source>The second person must confirm the product label.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The wristband does not match this patient: stop and check identity.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two-person bedside check is not done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This event is not serious.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This event is already marked reported.</source>
            <translation type="unfinished" />
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
        <message>
            <source>The time of "{what}" is missing or not a valid time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"{what}" must be text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please fill in "{what}".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"{what}" is too long (at most {limit} characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"{what}" contains control characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please answer "{what}" with yes or no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The time of "{what}" is in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown consent step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record at least one attempt to reach a representative (whom, when).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too many attempts listed (at most 50).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the relationship of the person you tried to reach.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An attempt cannot be later than the record itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown consent pathway.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every optional item must be answered yes or no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The person signing is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the representative's relationship to the patient.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the witness's role.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The witness must attest being independent of the trial.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The handwritten signature is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown outcome.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say who withdraws: the patient or the representative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose what the withdrawal covers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Form version "{version}" is not of the form 1.0 or 2.1.3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent form {where}: "{key}" must be a non-empty text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent form {where} is not a JSON object.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent form {where}: form_id has characters that are not allowed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent form {where}: language must be a two-letter code such as fr, en or nl.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent form {where}: the Ethics Committee approval date must be a date such as 2020-06-15.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent form {where}: ec_reference must be text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent form {where} has no sections.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent form {where}: section {n} is not an object.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent form {where}: section id "{id}" appears twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent form {where}: optional_items must be a list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent form {where}: optional item {n} is not an object.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent form {where}: optional item id "{id}" appears twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent form {key} is defined twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent form file {where} cannot be read as JSON.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no consent form {form_id} version {version} in language {language}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No version of consent form {form_id} is approved by the Ethics Committee yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The representative order must be a non-empty list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each representative entry needs an id and a label.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Representative "{id}" appears twice in the order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The witness roles file is malformed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>eligibility not yet available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent by an impartial witness on {date}: the patient must confirm as soon as they can decide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent by the legal representative on {date}: the patient must confirm as soon as they can decide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A newer consent form version is approved: re-consent needed (signed on version {version}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This step is dated before the previous consent step; steps must be recorded in the order they happened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The patient's participation has ended; no capacity assessment is needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First record that the patient cannot understand and decide (capacity assessment).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A consent is already in place; there is no need to record attempts to reach a representative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The patient's participation has ended (refusal, withdrawal, death or discharge); a new consent cannot be recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The latest assessment says the patient cannot decide. Record a new capacity assessment before the patient signs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The patient cannot sign at this step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A representative or witness may consent only after a physician records that the patient cannot understand and decide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A representative cannot consent at this step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An impartial witness may consent only after recording that no legal representative could be reached (whom you tried, when).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A witness cannot consent at this step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A refusal at confirmation needs a pending confirmation and a new assessment that the patient can decide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no pending confirmation to close.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discharge without regaining capacity applies only while the patient still cannot decide and confirmation is pending.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no consent to withdraw.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The representative can no longer withdraw: the patient can decide and holds that right.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Form version {version} is not the version currently approved by the Ethics Committee ({current}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent forms in language {language} are not used at this site.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please answer every optional item of the form (yes or no).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This step does not take an electronic signature.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The consent document could not be produced.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This consent step does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The kind, time, pathway, form and handwritten signature of a step cannot be corrected; record a new step instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter your password to sign the corrected step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signature rule {key} must be a non-negative number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The signature contains an invalid point.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The signature is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The signature pad size is invalid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The signature has too many strokes ({n}); please clear and sign again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The signature goes outside the pad.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The signature has too many points; please clear and sign again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The signature is empty. Please sign in the box.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The signature is too small or too short to be a signature. Please clear and sign again, larger.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No consent has been recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The patient cannot decide and no representative has consented yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No representative could be reached and no impartial witness has consented yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The patient can decide again: ask them to confirm, refuse or withdraw before any further trial procedure.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The patient refused to continue the trial on {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent was withdrawn on {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The patient died before being able to confirm consent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The patient was discharged without regaining capacity; consent can no longer be confirmed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Witness consent: confirm ({days} d)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Representative consent: confirm ({days} d)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Can decide: confirm consent now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent withdrawn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused to continue the trial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re-consent due (new form version)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Protocol file {file}, line {line} ({where}): {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: enter a number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: "{text}" is not a number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: enter a finite number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: unknown measurement.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: unknown unit "{unit}" (use one of {units}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: a negative value is impossible.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: {value} {unit} is outside the possible range {low}–{high} {canonical}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the adverse event term.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The term is longer than {max} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the onset date and time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The onset is in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The end date is not a valid date and time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The end is before the onset.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The end is in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a CTCAE grade 1–5.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say whether the event is serious.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown seriousness criterion.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A serious event needs at least one seriousness criterion.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seriousness criteria are only for serious events.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A grade 5 event (death) is serious.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The awareness time is in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the relation to the MSC infusion.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the action taken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the outcome.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say whether the event is expected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown adverse event of special interest.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A grade 5 event has a fatal outcome.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A fatal outcome is grade 5.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown infusion number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes are longer than {max} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weight {value} kg is outside {min}–{max} kg: check the weight.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Viable cells {value} ×10⁶ is outside {min}–{max} ×10⁶: check the label.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The weight is older than {hours} h: weigh the patient again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dose {value} ×10⁶/kg is outside {min}–{max} ×10⁶/kg: an investigator must override with a reason.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>consent capability not available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The consent check failed: the infusion cannot start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent does not allow an infusion now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown infusion action.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot {action} an infusion that is {status}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The time is in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The time is before the previous step of this infusion.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the reason for the pause.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the outcome: complete, partial or aborted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A partial infusion gives more than 0 and less than the bag volume ({total} mL).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the reason the infusion was not completed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no infusion number {number} in this protocol.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Infusion {number} is already recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Infusion {earlier} must be done before infusion {number}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Infusion {number} on {date} is outside its window {start} – {end}: give a reason.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scan or type the bag id.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scan or type the donor id.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This identifier has characters a label never has: scan it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This bag was already used for an earlier infusion.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Volume {value} mL is outside {min}–{max} mL.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the expiry or the thaw time from the label.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This product expired at {when}: it must not be infused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The thaw time is in the future: check it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thawed more than {hours} h ago: this product must not be infused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Donor {donor} differs from the donor of the earlier infusions ({previous}): an investigator must override with a reason.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the time as HH:MM, e.g. 14:05.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the date and time from the label, e.g. 25/11 15:00.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{sign} is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{sign} {value} {unit} is not possible (allowed {min}–{max}): check and type it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{sign} takes at most {decimals} decimal(s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diastolic pressure must be lower than systolic.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter FiO2 or O2 flow (room air: FiO2 21).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the time of the reading.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The reading time is in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The reading time is more than 24 h ago: check it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{sign} {value} {unit} (alert {op} {threshold})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{sign} {value} {unit}: drop of {drop} % from baseline {baseline} (alert {op} {threshold} %)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{sign} {value} {unit}: drop of {drop} from baseline {baseline} (alert {op} {threshold})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This setting has the wrong kind of value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The shortest interval between infusions cannot exceed the longest.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter a whole number from {low} to {high}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The subject id format must contain {{n}} (e.g. TJT-{{n:03d}}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the site name.</source>
            <translation type="unfinished" />
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
            <translation>Une erreur inattendue s'est produite. Ce qui était déjà enregistré est en sécurité. Les détails ont été écrits dans le journal.</translation>
        </message>
        <message>
            <source>Bedside</source>
            <translation>Bedside</translation>
        </message>
    </context>
    <context>
        <name>window</name>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About Bedside</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
