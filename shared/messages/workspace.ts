// The workspace itself and who works in it: signing in (main/core/auth, shared/api/session.ts),
// users and API keys, settings, methodologies, the inputs of the risk model, the audit trail, sync
// between installations (main/core/sync) and field visit packs (main/core/field).
import type { Message } from '../i18n/format';
import { defineMessages } from './define';

const en = {
  // The gate: sign-in, first run, lock (main/core/auth).
  'auth.noSuchAction': 'There is no session action called "{action}".',
  'auth.apiKeyUserDisabled': 'This API key belongs to {user}, who has been disabled.',
  'auth.apiKeyInvalid': 'This API key is not valid: it is unknown or has been revoked.',
  'auth.alreadySetUp':
    'This workspace already has users who can sign in: sign in, or ask an administrator to add you.',
  'auth.wrongCredentials': 'The user name or passphrase is not right.',
  'auth.wrongPassphrase': 'The passphrase is not right.',
  'auth.accountDisabled':
    '{user}’s account has been disabled: ask an administrator to enable it again.',
  'auth.ownAccountDisabled':
    'Your account has been disabled: ask an administrator to enable it again.',
  'auth.passphraseChangedElsewhere':
    'Your passphrase has been changed elsewhere: sign in again with the new one.',
  'auth.locked': {
    one: 'The app locked itself after {count} minute without activity: enter your passphrase to go on.',
    other:
      'The app locked itself after {count} minutes without activity: enter your passphrase to go on.',
  },
  'auth.notSignedIn': 'You are not signed in, or your session has ended: sign in again.',
  'auth.tooManyForUser': {
    one: 'Too many wrong passphrases for this user. Try again in {count} second.',
    other: 'Too many wrong passphrases for this user. Try again in {count} seconds.',
  },
  'auth.tooManyOnWorkspace': {
    one: 'Too many wrong passphrases on this workspace. Try again in {count} second.',
    other: 'Too many wrong passphrases on this workspace. Try again in {count} seconds.',
  },
  'auth.readOnlySetup':
    'This workspace is read-only, so its first administrator cannot be created.',
  'auth.readOnlySetupBecause':
    'This workspace is read-only, so its first administrator cannot be created. {reason}',
  'auth.noAdministratorToSetUp': 'This workspace has no active administrator to set up.',

  // The session actions' input (shared/api/session.ts).
  'session.enterUserName': 'Enter your user name.',

  // Users and API keys (main/core/handlers/users.ts).
  'user.nameTaken': 'There is already a user called “{name}”. Choose another name.',
  'user.nameTakenField': 'This name is taken.',
  'user.noSuchUser': 'There is no such user in this workspace.',
  'user.lastAdministratorRole':
    '{user} is the only active administrator and cannot be given another role: make another user an administrator first.',
  'user.lastAdministratorDisabled':
    '{user} is the only active administrator and cannot be disabled: make another user an administrator first.',
  'user.cannotDisableSelf': 'You cannot disable your own account: another administrator can.',
  'user.noPassphraseYet': 'You have no passphrase yet: ask an administrator to set one for you.',
  'user.currentPassphraseWrong': 'Your current passphrase is not right, so nothing was changed.',
  'user.samePassphrase': 'The new passphrase is the same as the current one: choose another.',
  'user.disabledNoKey': '{user} is disabled: enable them before issuing them a key.',
  'user.noSuchApiKey': 'There is no such API key.',
  'user.apiKeyRevoked': 'The key “{name}” was already revoked on {date}.',

  // Settings.
  'settings.alertWindows':
    'The near alert window ({near} days) must be shorter than the far one ({far} days).',

  // Methodologies.
  'methodology.noSuch': 'This methodology does not exist.',
  'methodology.noDefault': 'The workspace has no default methodology.',
  'methodology.someWeight': 'At least one factor needs a weight above zero.',
  'methodology.allZero': 'All weights are zero.',
  'methodology.nameTaken': 'A methodology called "{name}" already exists; choose another name.',
  'methodology.locked':
    '"{name}" (version {version}) is used by a proposed or adopted list and can no longer change. Clone it to make a new one.',

  // Inputs of the risk model: indicators, their import, signals, requests.
  'inputs.thresholdsNeeded':
    'Normalisation by thresholds needs at least one threshold (the cut points, e.g. 1, 5, 10).',
  'inputs.maxAboveMin': 'The maximum ({max}) must be greater than the minimum ({min}).',
  'inputs.codeShared':
    'The external code {code} is already that of {label} ({key}): each indicator has its own code.',
  'inputs.importRefused': {
    one: 'Nothing was imported: the file has a problem to correct first (or exclude the lines concerned). {listed}{more}',
    other:
      'Nothing was imported: the file has {count} problems to correct first (or exclude the lines concerned). {listed}{more}',
  },
  'inputs.importMore': ' …and {count} more.',
  'inputs.sentences': '{first} {then}',
  'inputs.findingOnLine': 'Line {line}: {message}',
  'inputs.noSuchSignal': 'This signal does not exist (it may have been deleted).',
  'inputs.noSuchRequest': 'This request or invitation does not exist.',
  'inputs.theDate': 'The date',
  'inputs.theDateReceived': 'The date received',

  // The workspace and its audit trail.
  'workspace.noHistory': '"{table}" is not a kind of record with a history.',
  'workspace.unknownTable': 'Unknown table.',
  'workspace.syntheticNotice':
    'Synthetic demonstration data: every visit, report and figure in this workspace is invented.',

  // Sync between installations (main/core/sync).
  'sync.fieldTeamAtHq':
    '{user} ({role}) exchanges bundles in the field workspace of a visit; at HQ a planner makes and imports them.',
  'sync.trustSelf': 'This is this installation itself: trust the other one’s id and key.',
  'sync.badPublicKey': 'This is not a valid public key: copy it again from the other installation.',
  'sync.trustedWithOtherKey':
    '{name} (installation {siteId}) is already trusted with another key (fingerprint {fingerprint}). If its key really changed, stop trusting it first, then trust the new key.',
  'sync.noSuchPeer': 'There is no trusted installation with the id {siteId}.',
  'sync.noSuchPeerForBundle':
    'There is no trusted installation with the id {siteId}. Trust it first, then make its bundle.',
  'sync.noInstallationKey':
    'This workspace has no installation key yet: open it once where it can be changed, and it gets one.',
  'sync.refused': '{problem} {nothingDone}',
  'sync.bundleNothingDone': 'Nothing from the bundle was applied.',
  'sync.packNothingDone': 'Nothing from the pack was used, and no field workspace was created.',
  'sync.bundleName': 'sync bundle',
  'sync.packName': 'visit pack',
  'sync.bundleShort': 'bundle',
  'sync.packShort': 'pack',
  'sync.notAnEnvelope':
    'This file is not a CTED Visit Planner {name} (it does not start like one).',
  'sync.headerDamaged': 'The {short}’s header is damaged or was altered.',
  'sync.newerFormat':
    'The {short} was made by a newer version of CTED Visit Planner ({short} format {format}; this version reads format {supported}). Update the app, then open it again.',
  'sync.extraBytes':
    'The {short} has {extra} bytes more than it should: it was altered or joined to something else.',
  'sync.wrongPassphrase':
    'The passphrase does not open this {short}. Ask the sender for the {short} passphrase they used, and try again.',
  'sync.contentsDamaged': 'The {short}’s contents are damaged.',
  'sync.notChanges': 'The {short}’s contents are not a list of changes this version can read.',
  'sync.truncated':
    'The {short} is incomplete: the file has {actual} bytes where at least {expected} were expected (it was cut short while being copied or sent). Copy it again from the sender.',
  'sync.badSignature':
    'The bundle’s signature does not match its contents: it was altered after it was signed, damaged in transit, or forged.',
  'sync.ownBundle': 'This bundle was made by this installation: import it on the other one.',
  'sync.forAnother':
    'This bundle was made for another installation ({recipient}), not this one ({siteId}).',
  'sync.forAnyInField':
    'This bundle was made for any installation, and a field workspace takes only the bundles made for it (installation {siteId}): ask HQ for a bundle made for this field installation.',
  'sync.untrustedSender':
    'The bundle comes from an installation this workspace does not trust (installation {siteId}, key fingerprint {fingerprint}). If you expect bundles from it, compare that fingerprint with its owner, have a planner trust it, then import the bundle again.',
  'sync.otherKey':
    'The bundle claims to come from {name} (installation {siteId}) but is signed with another key than the one trusted for it (fingerprint {fingerprint} instead of {trusted}): it may be forged.',
  'sync.replayed':
    'This bundle from {name} ({bundleId}) was already imported, on {on}; a bundle is applied once.',
  'sync.clockAhead':
    'The bundle is dated {dated}, more than {minutes} minutes ahead of this computer’s clock ({now}). Check the date and time of both computers, then make a new bundle.',
  'sync.missingEarlier':
    'The bundle continues from changes this workspace does not have yet (made by installation {site} up to {hlc}). Ask {name} for a bundle made for this installation.',
  'sync.whichChange': 'change {number} ({table}.{column} of {rowId})',
  'sync.unknownTable':
    'The bundle changes records of a kind this workspace does not have (“{table}”, {which}). If the sender uses a newer version of CTED Visit Planner, update this app first.',
  'sync.unknownColumn':
    'The bundle changes a field this workspace does not have (“{column}” of {table}, {which}). If the sender uses a newer version of CTED Visit Planner, update this app first.',
  'sync.changeClockAhead':
    'The bundle holds a change dated {dated}, more than {minutes} minutes ahead of this computer’s clock ({now}). Check the date and time of both computers, then make a new bundle.',
  'sync.invalidChange': 'The bundle’s {which} is not valid: {why}.',
  'sync.siteIdMalformed': 'its installation id is malformed',
  'sync.rowIdMalformed': 'its record id is malformed',
  'sync.notATimestamp': 'its timestamp “{hlc}” is not a clock timestamp',
  'sync.timestampOfOtherSite': 'its timestamp belongs to another installation than the one named',
  'sync.baseMalformed': 'what it was based on is malformed',
  'sync.badValue': '{problem}, not “{value}”',
  'sync.unknownReference': '“{value}” is not a known {table} entry',
  'sync.deletionMark': 'a deletion mark must be 0 or 1',
  'sync.mustBeNumber': 'it must be a number',
  'sync.noSuchConflict': 'There is no conflict {id} to resolve.',
  'sync.conflictResolved': 'This conflict was already resolved on {date}.',
  'sync.conflictResolvedBy': 'This conflict was already resolved on {date} by {user}.',
  'sync.conflictUnknownField':
    'This conflict is about a field this workspace does not have ({table}.{column}); it cannot be resolved here.',
  'sync.conflictRecordMissing': 'The record of this conflict ({rowId}) is not here.',
  'sync.valueCannotBeKept': 'This value cannot be kept: {problem}.',

  // Field visit packs (main/core/field).
  'fieldPack.inFieldWorkspace':
    'This is a field workspace: visit packs are issued at HQ, from the workspace that holds every State.',
  'fieldPack.noSuchVisit': 'There is no visit with the id {id}.',
  'fieldPack.noState': 'This visit has no Member State: set its State before issuing its pack.',
  'fieldPack.noTeamUsers':
    'Nobody on this visit’s team is a user of the app, so nobody could sign in to its field workspace: name the team members on the visit first.',
  'fieldPack.pathExists': '{path} already exists: choose a new file name for the field workspace.',
  'fieldPack.pathAppeared': '{path} appeared while the field workspace was being made.',
  'fieldPack.badSignature':
    'The pack’s signature does not match its contents: it was altered after HQ signed it, damaged in transit, or forged.',
  'fieldPack.otherSigner':
    'The pack is signed by a key HQ did not give you (fingerprint {signer}, where HQ’s is {expected}): it may be forged. Ask HQ for the pack again and compare the fingerprint by phone.',
  'fieldPack.clockAhead':
    'The pack is dated {dated}, ahead of this computer’s clock ({now}). Check this computer’s date and time, then open the pack again.',
  'fieldPack.mixed':
    'The pack’s contents do not match its signed header: it was put together from different packs.',
  'fieldPack.notOnTeam':
    '{name} is not on this visit’s team in the pack; the team members who can sign in are {names}.',
  'fieldPack.noTeam':
    'The visit in this pack has no team member who is a user of the app: at HQ, add the team to the visit, then issue a new pack.',
} satisfies Record<string, Message>;

export const workspace = defineMessages<keyof typeof en>({
  en,
  fr: {
    'auth.noSuchAction': 'Aucune action de session ne s’appelle « {action} ».',
    'auth.apiKeyUserDisabled':
      'Cette clé d’API appartient à {user}, dont le compte a été désactivé.',
    'auth.apiKeyInvalid': 'Cette clé d’API n’est pas valide : elle est inconnue ou a été révoquée.',
    'auth.alreadySetUp':
      'Cet espace de travail a déjà des utilisateurs qui peuvent se connecter : connectez-vous, ou demandez à un administrateur de vous ajouter.',
    'auth.wrongCredentials': 'Le nom d’utilisateur ou la phrase secrète est incorrect.',
    'auth.wrongPassphrase': 'La phrase secrète est incorrecte.',
    'auth.accountDisabled':
      'Le compte de {user} a été désactivé : demandez à un administrateur de le réactiver.',
    'auth.ownAccountDisabled':
      'Votre compte a été désactivé : demandez à un administrateur de le réactiver.',
    'auth.passphraseChangedElsewhere':
      'Votre phrase secrète a été modifiée ailleurs : reconnectez-vous avec la nouvelle.',
    'auth.locked': {
      one: 'L’application s’est verrouillée après {count} minute d’inactivité : saisissez votre phrase secrète pour continuer.',
      other:
        'L’application s’est verrouillée après {count} minutes d’inactivité : saisissez votre phrase secrète pour continuer.',
    },
    'auth.notSignedIn':
      'Vous n’êtes pas connecté(e), ou votre session a pris fin : reconnectez-vous.',
    'auth.tooManyForUser': {
      one: 'Trop de phrases secrètes erronées pour cet utilisateur. Réessayez dans {count} seconde.',
      other:
        'Trop de phrases secrètes erronées pour cet utilisateur. Réessayez dans {count} secondes.',
    },
    'auth.tooManyOnWorkspace': {
      one: 'Trop de phrases secrètes erronées dans cet espace de travail. Réessayez dans {count} seconde.',
      other:
        'Trop de phrases secrètes erronées dans cet espace de travail. Réessayez dans {count} secondes.',
    },
    'auth.readOnlySetup':
      'Cet espace de travail est en lecture seule : son premier administrateur ne peut pas être créé.',
    'auth.readOnlySetupBecause':
      'Cet espace de travail est en lecture seule : son premier administrateur ne peut pas être créé. {reason}',
    'auth.noAdministratorToSetUp':
      'Cet espace de travail n’a aucun administrateur actif à configurer.',

    'session.enterUserName': 'Saisissez votre nom d’utilisateur.',

    'user.nameTaken': 'Il existe déjà un utilisateur nommé « {name} ». Choisissez un autre nom.',
    'user.nameTakenField': 'Ce nom est déjà pris.',
    'user.noSuchUser': 'Cet utilisateur n’existe pas dans cet espace de travail.',
    'user.lastAdministratorRole':
      '{user} est le seul administrateur actif et ne peut pas recevoir un autre rôle : nommez d’abord un autre utilisateur administrateur.',
    'user.lastAdministratorDisabled':
      '{user} est le seul administrateur actif et ne peut pas être désactivé : nommez d’abord un autre utilisateur administrateur.',
    'user.cannotDisableSelf':
      'Vous ne pouvez pas désactiver votre propre compte : un autre administrateur le peut.',
    'user.noPassphraseYet':
      'Vous n’avez pas encore de phrase secrète : demandez à un administrateur de vous en attribuer une.',
    'user.currentPassphraseWrong':
      'Votre phrase secrète actuelle est incorrecte : rien n’a été modifié.',
    'user.samePassphrase':
      'La nouvelle phrase secrète est identique à l’actuelle : choisissez-en une autre.',
    'user.disabledNoKey':
      'Le compte de {user} est désactivé : réactivez-le avant de lui délivrer une clé.',
    'user.noSuchApiKey': 'Cette clé d’API n’existe pas.',
    'user.apiKeyRevoked': 'La clé « {name} » a déjà été révoquée le {date}.',

    'settings.alertWindows':
      'Le délai d’alerte rapprochée ({near} jours) doit être plus court que le délai d’alerte éloignée ({far} jours).',

    'methodology.noSuch': 'Cette méthodologie n’existe pas.',
    'methodology.noDefault': 'L’espace de travail n’a pas de méthodologie par défaut.',
    'methodology.someWeight': 'Au moins un facteur doit avoir une pondération supérieure à zéro.',
    'methodology.allZero': 'Toutes les pondérations sont nulles.',
    'methodology.nameTaken':
      'Une méthodologie nommée « {name} » existe déjà ; choisissez un autre nom.',
    'methodology.locked':
      '« {name} » (version {version}) est utilisée par une liste proposée ou adoptée et ne peut plus être modifiée. Dupliquez-la pour en créer une nouvelle.',

    'inputs.thresholdsNeeded':
      'La normalisation par seuils exige au moins un seuil (les valeurs de coupure, par exemple 1, 5, 10).',
    'inputs.maxAboveMin': 'Le maximum ({max}) doit être supérieur au minimum ({min}).',
    'inputs.codeShared':
      'Le code externe {code} est déjà celui de {label} ({key}) : chaque indicateur a son propre code.',
    'inputs.importRefused': {
      one: 'Rien n’a été importé : le fichier comporte un problème à corriger d’abord (ou excluez les lignes concernées). {listed}{more}',
      other:
        'Rien n’a été importé : le fichier comporte {count} problèmes à corriger d’abord (ou excluez les lignes concernées). {listed}{more}',
    },
    'inputs.importMore': ' …et {count} de plus.',
    'inputs.sentences': '{first} {then}',
    'inputs.findingOnLine': 'Ligne {line} : {message}',
    'inputs.noSuchSignal': 'Ce signal n’existe pas (il a peut-être été supprimé).',
    'inputs.noSuchRequest': 'Cette demande ou invitation n’existe pas.',
    'inputs.theDate': 'La date',
    'inputs.theDateReceived': 'La date de réception',

    'workspace.noHistory': '« {table} » n’est pas un type d’enregistrement doté d’un historique.',
    'workspace.unknownTable': 'Table inconnue.',
    'workspace.syntheticNotice':
      'Données de démonstration fictives : chaque visite, rapport et chiffre de cet espace de travail est inventé.',

    'sync.fieldTeamAtHq':
      '{user} ({role}) échange des lots dans l’espace de travail de terrain d’une visite ; au Siège, c’est un planificateur qui les crée et les importe.',
    'sync.trustSelf':
      'Il s’agit de cette installation elle-même : accordez votre confiance à l’identifiant et à la clé de l’autre installation.',
    'sync.badPublicKey':
      'Ceci n’est pas une clé publique valide : copiez-la à nouveau depuis l’autre installation.',
    'sync.trustedWithOtherKey':
      '{name} (installation {siteId}) est déjà reconnue avec une autre clé (empreinte {fingerprint}). Si sa clé a réellement changé, retirez-lui d’abord votre confiance, puis reconnaissez la nouvelle clé.',
    'sync.noSuchPeer': 'Aucune installation reconnue n’a l’identifiant {siteId}.',
    'sync.noSuchPeerForBundle':
      'Aucune installation reconnue n’a l’identifiant {siteId}. Reconnaissez-la d’abord, puis créez son lot.',
    'sync.noInstallationKey':
      'Cet espace de travail n’a pas encore de clé d’installation : ouvrez-le une fois là où il peut être modifié, et il en recevra une.',
    'sync.refused': '{problem} {nothingDone}',
    'sync.bundleNothingDone': 'Rien du lot n’a été appliqué.',
    'sync.packNothingDone':
      'Rien du paquet n’a été utilisé, et aucun espace de travail de terrain n’a été créé.',
    'sync.bundleName': 'lot de synchronisation',
    'sync.packName': 'paquet de visite',
    'sync.bundleShort': 'lot',
    'sync.packShort': 'paquet',
    'sync.notAnEnvelope':
      'Ce fichier n’est pas un {name} de CTED Visit Planner (il ne commence pas comme tel).',
    'sync.headerDamaged': 'L’en-tête du {short} est endommagé ou a été modifié.',
    'sync.newerFormat':
      'Le {short} a été créé par une version plus récente de CTED Visit Planner (format de {short} {format} ; cette version lit le format {supported}). Mettez l’application à jour, puis rouvrez-le.',
    'sync.extraBytes':
      'Le {short} compte {extra} octets de plus qu’il ne devrait : il a été modifié ou accolé à autre chose.',
    'sync.wrongPassphrase':
      'La phrase secrète n’ouvre pas ce {short}. Demandez à l’expéditeur la phrase secrète du {short} qu’il a utilisée, puis réessayez.',
    'sync.contentsDamaged': 'Le contenu du {short} est endommagé.',
    'sync.notChanges':
      'Le contenu du {short} n’est pas une liste de modifications que cette version sait lire.',
    'sync.truncated':
      'Le {short} est incomplet : le fichier compte {actual} octets alors qu’au moins {expected} étaient attendus (il a été tronqué lors de sa copie ou de son envoi). Copiez-le à nouveau depuis l’expéditeur.',
    'sync.badSignature':
      'La signature du lot ne correspond pas à son contenu : il a été modifié après sa signature, endommagé en cours de transmission, ou falsifié.',
    'sync.ownBundle': 'Ce lot a été créé par cette installation : importez-le sur l’autre.',
    'sync.forAnother':
      'Ce lot a été créé pour une autre installation ({recipient}), et non pour celle-ci ({siteId}).',
    'sync.forAnyInField':
      'Ce lot a été créé pour n’importe quelle installation, et un espace de travail de terrain n’accepte que les lots créés pour lui (installation {siteId}) : demandez au Siège un lot créé pour cette installation de terrain.',
    'sync.untrustedSender':
      'Le lot provient d’une installation que cet espace de travail ne reconnaît pas (installation {siteId}, empreinte de clé {fingerprint}). Si vous attendez des lots de sa part, comparez cette empreinte avec son propriétaire, faites-la reconnaître par un planificateur, puis importez à nouveau le lot.',
    'sync.otherKey':
      'Le lot prétend provenir de {name} (installation {siteId}) mais est signé avec une autre clé que celle qui est reconnue pour elle (empreinte {fingerprint} au lieu de {trusted}) : il est peut-être falsifié.',
    'sync.replayed':
      'Ce lot de {name} ({bundleId}) a déjà été importé, le {on} ; un lot ne s’applique qu’une fois.',
    'sync.clockAhead':
      'Le lot est daté du {dated}, plus de {minutes} minutes en avance sur l’horloge de cet ordinateur ({now}). Vérifiez la date et l’heure des deux ordinateurs, puis créez un nouveau lot.',
    'sync.missingEarlier':
      'Le lot fait suite à des modifications que cet espace de travail n’a pas encore (faites par l’installation {site} jusqu’à {hlc}). Demandez à {name} un lot créé pour cette installation.',
    'sync.whichChange': 'modification {number} ({table}.{column} de {rowId})',
    'sync.unknownTable':
      'Le lot modifie des enregistrements d’un type que cet espace de travail ne comporte pas (« {table} », {which}). Si l’expéditeur utilise une version plus récente de CTED Visit Planner, mettez d’abord cette application à jour.',
    'sync.unknownColumn':
      'Le lot modifie un champ que cet espace de travail ne comporte pas (« {column} » de {table}, {which}). Si l’expéditeur utilise une version plus récente de CTED Visit Planner, mettez d’abord cette application à jour.',
    'sync.changeClockAhead':
      'Le lot contient une modification datée du {dated}, plus de {minutes} minutes en avance sur l’horloge de cet ordinateur ({now}). Vérifiez la date et l’heure des deux ordinateurs, puis créez un nouveau lot.',
    'sync.invalidChange': 'La {which} du lot n’est pas valide : {why}.',
    'sync.siteIdMalformed': 'son identifiant d’installation est mal formé',
    'sync.rowIdMalformed': 'son identifiant d’enregistrement est mal formé',
    'sync.notATimestamp': 'son horodatage « {hlc} » n’est pas un horodatage d’horloge',
    'sync.timestampOfOtherSite':
      'son horodatage appartient à une autre installation que celle qui est indiquée',
    'sync.baseMalformed': 'la référence sur laquelle elle repose est mal formée',
    'sync.badValue': '{problem}, et non « {value} »',
    'sync.unknownReference': '« {value} » n’est pas une entrée connue de {table}',
    'sync.deletionMark': 'une marque de suppression doit valoir 0 ou 1',
    'sync.mustBeNumber': 'un nombre est attendu',
    'sync.noSuchConflict': 'Il n’y a pas de conflit {id} à résoudre.',
    'sync.conflictResolved': 'Ce conflit a déjà été résolu le {date}.',
    'sync.conflictResolvedBy': 'Ce conflit a déjà été résolu le {date} par {user}.',
    'sync.conflictUnknownField':
      'Ce conflit porte sur un champ que cet espace de travail ne comporte pas ({table}.{column}) ; il ne peut pas être résolu ici.',
    'sync.conflictRecordMissing': 'L’enregistrement de ce conflit ({rowId}) ne se trouve pas ici.',
    'sync.valueCannotBeKept': 'Cette valeur ne peut pas être conservée : {problem}.',

    'fieldPack.inFieldWorkspace':
      'Ceci est un espace de travail de terrain : les paquets de visite sont délivrés au Siège, depuis l’espace de travail qui contient tous les États.',
    'fieldPack.noSuchVisit': 'Aucune visite n’a l’identifiant {id}.',
    'fieldPack.noState':
      'Cette visite n’a pas d’État Membre : indiquez son État avant de délivrer son paquet.',
    'fieldPack.noTeamUsers':
      'Aucun membre de l’équipe de cette visite n’est utilisateur de l’application, si bien que personne ne pourrait se connecter à son espace de travail de terrain : indiquez d’abord les membres de l’équipe de la visite.',
    'fieldPack.pathExists':
      '{path} existe déjà : choisissez un nouveau nom de fichier pour l’espace de travail de terrain.',
    'fieldPack.pathAppeared':
      '{path} est apparu pendant la création de l’espace de travail de terrain.',
    'fieldPack.badSignature':
      'La signature du paquet ne correspond pas à son contenu : il a été modifié après sa signature par le Siège, endommagé en cours de transmission, ou falsifié.',
    'fieldPack.otherSigner':
      'Le paquet est signé avec une clé que le Siège ne vous a pas communiquée (empreinte {signer}, alors que celle du Siège est {expected}) : il est peut-être falsifié. Redemandez le paquet au Siège et comparez l’empreinte par téléphone.',
    'fieldPack.clockAhead':
      'Le paquet est daté du {dated}, en avance sur l’horloge de cet ordinateur ({now}). Vérifiez la date et l’heure de cet ordinateur, puis rouvrez le paquet.',
    'fieldPack.mixed':
      'Le contenu du paquet ne correspond pas à son en-tête signé : il a été assemblé à partir de paquets différents.',
    'fieldPack.notOnTeam':
      '{name} ne fait pas partie de l’équipe de cette visite dans le paquet ; les membres de l’équipe qui peuvent se connecter sont : {names}.',
    'fieldPack.noTeam':
      'La visite de ce paquet n’a aucun membre d’équipe qui soit utilisateur de l’application : au Siège, ajoutez l’équipe à la visite, puis délivrez un nouveau paquet.',
  },
  es: {
    'auth.noSuchAction': 'No hay ninguna acción de sesión llamada «{action}».',
    'auth.apiKeyUserDisabled':
      'Esta clave de API pertenece a {user}, cuya cuenta ha sido desactivada.',
    'auth.apiKeyInvalid': 'Esta clave de API no es válida: es desconocida o ha sido revocada.',
    'auth.alreadySetUp':
      'Este espacio de trabajo ya tiene usuarios que pueden iniciar sesión: inicie sesión o pida a un administrador que lo añada.',
    'auth.wrongCredentials': 'El nombre de usuario o la frase de contraseña no son correctos.',
    'auth.wrongPassphrase': 'La frase de contraseña no es correcta.',
    'auth.accountDisabled':
      'La cuenta de {user} ha sido desactivada: pida a un administrador que la vuelva a activar.',
    'auth.ownAccountDisabled':
      'Su cuenta ha sido desactivada: pida a un administrador que la vuelva a activar.',
    'auth.passphraseChangedElsewhere':
      'Su frase de contraseña se ha cambiado en otro lugar: vuelva a iniciar sesión con la nueva.',
    'auth.locked': {
      one: 'La aplicación se bloqueó tras {count} minuto sin actividad: introduzca su frase de contraseña para continuar.',
      other:
        'La aplicación se bloqueó tras {count} minutos sin actividad: introduzca su frase de contraseña para continuar.',
    },
    'auth.notSignedIn': 'No ha iniciado sesión o su sesión ha terminado: vuelva a iniciar sesión.',
    'auth.tooManyForUser': {
      one: 'Demasiadas frases de contraseña incorrectas para este usuario. Vuelva a intentarlo dentro de {count} segundo.',
      other:
        'Demasiadas frases de contraseña incorrectas para este usuario. Vuelva a intentarlo dentro de {count} segundos.',
    },
    'auth.tooManyOnWorkspace': {
      one: 'Demasiadas frases de contraseña incorrectas en este espacio de trabajo. Vuelva a intentarlo dentro de {count} segundo.',
      other:
        'Demasiadas frases de contraseña incorrectas en este espacio de trabajo. Vuelva a intentarlo dentro de {count} segundos.',
    },
    'auth.readOnlySetup':
      'Este espacio de trabajo es de solo lectura, por lo que no se puede crear su primer administrador.',
    'auth.readOnlySetupBecause':
      'Este espacio de trabajo es de solo lectura, por lo que no se puede crear su primer administrador. {reason}',
    'auth.noAdministratorToSetUp':
      'Este espacio de trabajo no tiene ningún administrador activo que configurar.',
    'session.enterUserName': 'Introduzca su nombre de usuario.',
    'user.nameTaken': 'Ya existe un usuario llamado «{name}». Elija otro nombre.',
    'user.nameTakenField': 'Este nombre ya está en uso.',
    'user.noSuchUser': 'Ese usuario no existe en este espacio de trabajo.',
    'user.lastAdministratorRole':
      '{user} es el único administrador activo y no se le puede asignar otra función: nombre antes administrador a otro usuario.',
    'user.lastAdministratorDisabled':
      '{user} es el único administrador activo y no se puede desactivar: nombre antes administrador a otro usuario.',
    'user.cannotDisableSelf':
      'No puede desactivar su propia cuenta: puede hacerlo otro administrador.',
    'user.noPassphraseYet':
      'Todavía no tiene frase de contraseña: pida a un administrador que le asigne una.',
    'user.currentPassphraseWrong':
      'Su frase de contraseña actual no es correcta, por lo que no se ha cambiado nada.',
    'user.samePassphrase': 'La nueva frase de contraseña es igual a la actual: elija otra.',
    'user.disabledNoKey':
      'La cuenta de {user} está desactivada: actívela antes de emitirle una clave.',
    'user.noSuchApiKey': 'Esa clave de API no existe.',
    'user.apiKeyRevoked': 'La clave «{name}» ya fue revocada el {date}.',
    'settings.alertWindows':
      'El período de alerta próxima ({near} días) debe ser más corto que el de alerta lejana ({far} días).',
    'methodology.noSuch': 'Esta metodología no existe.',
    'methodology.noDefault': 'El espacio de trabajo no tiene una metodología predeterminada.',
    'methodology.someWeight': 'Al menos un factor debe tener una ponderación superior a cero.',
    'methodology.allZero': 'Todas las ponderaciones son cero.',
    'methodology.nameTaken': 'Ya existe una metodología llamada «{name}»; elija otro nombre.',
    'methodology.locked':
      '«{name}» (versión {version}) se utiliza en una lista propuesta o aprobada y ya no puede modificarse. Duplíquela para crear una nueva.',
    'inputs.thresholdsNeeded':
      'La normalización por umbrales requiere al menos un umbral (los puntos de corte, p. ej., 1, 5, 10).',
    'inputs.maxAboveMin': 'El máximo ({max}) debe ser mayor que el mínimo ({min}).',
    'inputs.codeShared':
      'El código externo {code} ya es el de {label} ({key}): cada indicador tiene su propio código.',
    'inputs.importRefused': {
      one: 'No se ha importado nada: el archivo tiene un problema que debe corregirse primero (o excluya las líneas afectadas). {listed}{more}',
      other:
        'No se ha importado nada: el archivo tiene {count} problemas que deben corregirse primero (o excluya las líneas afectadas). {listed}{more}',
    },
    'inputs.importMore': ' …y {count} más.',
    'inputs.sentences': '{first} {then}',
    'inputs.findingOnLine': 'Línea {line}: {message}',
    'inputs.noSuchSignal': 'Esta señal no existe (puede que se haya eliminado).',
    'inputs.noSuchRequest': 'Esta solicitud o invitación no existe.',
    'inputs.theDate': 'La fecha,',
    'inputs.theDateReceived': 'La fecha de recepción,',
    'workspace.noHistory': '«{table}» no es un tipo de registro con historial.',
    'workspace.unknownTable': 'Tabla desconocida.',
    'workspace.syntheticNotice':
      'Datos de demostración sintéticos: todas las visitas, informes y cifras de este espacio de trabajo son inventados.',
    'sync.fieldTeamAtHq':
      '{user} ({role}) intercambia paquetes de sincronización en el espacio de trabajo sobre el terreno de una visita; en la Sede, es un planificador de la DECT quien los crea y los importa.',
    'sync.trustSelf':
      'Esta es la propia instalación: confíe en el identificador y la clave de la otra instalación.',
    'sync.badPublicKey':
      'Esta no es una clave pública válida: vuelva a copiarla desde la otra instalación.',
    'sync.trustedWithOtherKey':
      '{name} (instalación {siteId}) ya es de confianza con otra clave (huella digital {fingerprint}). Si su clave realmente ha cambiado, deje primero de confiar en ella y luego confíe en la nueva clave.',
    'sync.noSuchPeer': 'No hay ninguna instalación de confianza con el identificador {siteId}.',
    'sync.noSuchPeerForBundle':
      'No hay ninguna instalación de confianza con el identificador {siteId}. Confíe primero en ella y luego cree su paquete.',
    'sync.noInstallationKey':
      'Este espacio de trabajo aún no tiene clave de instalación: ábralo una vez donde pueda modificarse y recibirá una.',
    'sync.refused': '{problem} {nothingDone}',
    'sync.bundleNothingDone': 'No se ha aplicado nada del paquete.',
    'sync.packNothingDone':
      'No se ha utilizado nada del paquete de visita y no se ha creado ningún espacio de trabajo sobre el terreno.',
    'sync.bundleName': 'paquete de sincronización',
    'sync.packName': 'paquete de visita',
    'sync.bundleShort': 'paquete',
    'sync.packShort': 'paquete de visita',
    'sync.notAnEnvelope':
      'Este archivo no es un {name} del Planificador de visitas de la DECT (no empieza como tal).',
    'sync.headerDamaged': 'El encabezado del {short} está dañado o ha sido modificado.',
    'sync.newerFormat':
      'El {short} se creó con una versión más reciente del Planificador de visitas de la DECT (formato de {short} {format}; esta versión lee el formato {supported}). Actualice la aplicación y vuelva a abrirlo.',
    'sync.extraBytes':
      'El {short} tiene {extra} bytes más de los que debería: ha sido modificado o unido a otra cosa.',
    'sync.wrongPassphrase':
      'La frase de contraseña no abre este {short}. Pida al remitente la frase de contraseña del {short} que utilizó y vuelva a intentarlo.',
    'sync.contentsDamaged': 'El contenido del {short} está dañado.',
    'sync.notChanges':
      'El contenido del {short} no es una lista de cambios que esta versión pueda leer.',
    'sync.truncated':
      'El {short} está incompleto: el archivo tiene {actual} bytes cuando se esperaban al menos {expected} (se cortó al copiarlo o enviarlo). Vuelva a copiarlo desde el remitente.',
    'sync.badSignature':
      'La firma del paquete no corresponde a su contenido: fue modificado después de firmarse, dañado durante la transmisión o falsificado.',
    'sync.ownBundle': 'Este paquete lo creó esta instalación: impórtelo en la otra.',
    'sync.forAnother':
      'Este paquete se creó para otra instalación ({recipient}), no para esta ({siteId}).',
    'sync.forAnyInField':
      'Este paquete se creó para cualquier instalación, y un espacio de trabajo sobre el terreno solo acepta los paquetes creados para él (instalación {siteId}): pida a la Sede un paquete creado para esta instalación sobre el terreno.',
    'sync.untrustedSender':
      'El paquete procede de una instalación en la que este espacio de trabajo no confía (instalación {siteId}, huella digital de la clave {fingerprint}). Si espera paquetes de ella, compare esa huella digital con su propietario, pida a un planificador de la DECT que confíe en ella y vuelva a importar el paquete.',
    'sync.otherKey':
      'El paquete dice proceder de {name} (instalación {siteId}), pero está firmado con una clave distinta de la que se reconoce como de confianza para ella (huella digital {fingerprint} en lugar de {trusted}): puede estar falsificado.',
    'sync.replayed':
      'Este paquete de {name} ({bundleId}) ya se importó el {on}; un paquete se aplica una sola vez.',
    'sync.clockAhead':
      'El paquete tiene fecha del {dated}, más de {minutes} minutos por delante del reloj de este ordenador ({now}). Compruebe la fecha y la hora de ambos ordenadores y cree un nuevo paquete.',
    'sync.missingEarlier':
      'El paquete continúa a partir de cambios que este espacio de trabajo todavía no tiene (hechos por la instalación {site} hasta {hlc}). Pida a {name} un paquete creado para esta instalación.',
    'sync.whichChange': 'cambio {number} ({table}.{column} de {rowId})',
    'sync.unknownTable':
      'El paquete modifica registros de un tipo que este espacio de trabajo no tiene («{table}», {which}). Si el remitente utiliza una versión más reciente del Planificador de visitas de la DECT, actualice primero esta aplicación.',
    'sync.unknownColumn':
      'El paquete modifica un campo que este espacio de trabajo no tiene («{column}» de {table}, {which}). Si el remitente utiliza una versión más reciente del Planificador de visitas de la DECT, actualice primero esta aplicación.',
    'sync.changeClockAhead':
      'El paquete contiene un cambio con fecha del {dated}, más de {minutes} minutos por delante del reloj de este ordenador ({now}). Compruebe la fecha y la hora de ambos ordenadores y cree un nuevo paquete.',
    'sync.invalidChange': 'El {which} del paquete no es válido: {why}.',
    'sync.siteIdMalformed': 'su identificador de instalación está mal formado',
    'sync.rowIdMalformed': 'su identificador de registro está mal formado',
    'sync.notATimestamp': 'su marca de tiempo «{hlc}» no es una marca de tiempo de reloj',
    'sync.timestampOfOtherSite':
      'su marca de tiempo corresponde a una instalación distinta de la indicada',
    'sync.baseMalformed': 'la referencia en la que se basa está mal formada',
    'sync.badValue': '{problem}, no «{value}»',
    'sync.unknownReference': '«{value}» no es una entrada conocida de {table}',
    'sync.deletionMark': 'una marca de eliminación debe ser 0 o 1',
    'sync.mustBeNumber': 'debe ser un número',
    'sync.noSuchConflict': 'No hay ningún conflicto {id} que resolver.',
    'sync.conflictResolved': 'Este conflicto ya se resolvió el {date}.',
    'sync.conflictResolvedBy': 'Este conflicto ya se resolvió el {date} por {user}.',
    'sync.conflictUnknownField':
      'Este conflicto se refiere a un campo que este espacio de trabajo no tiene ({table}.{column}); no puede resolverse aquí.',
    'sync.conflictRecordMissing': 'El registro de este conflicto ({rowId}) no está aquí.',
    'sync.valueCannotBeKept': 'Este valor no puede conservarse: {problem}.',
    'fieldPack.inFieldWorkspace':
      'Este es un espacio de trabajo sobre el terreno: los paquetes de visita se emiten en la Sede, desde el espacio de trabajo que contiene todos los Estados.',
    'fieldPack.noSuchVisit': 'No hay ninguna visita con el identificador {id}.',
    'fieldPack.noState':
      'Esta visita no tiene Estado Miembro: indique su Estado antes de emitir su paquete de visita.',
    'fieldPack.noTeamUsers':
      'Ningún miembro del equipo de esta visita es usuario de la aplicación, por lo que nadie podría iniciar sesión en su espacio de trabajo sobre el terreno: indique primero los miembros del equipo de la visita.',
    'fieldPack.pathExists':
      '{path} ya existe: elija un nuevo nombre de archivo para el espacio de trabajo sobre el terreno.',
    'fieldPack.pathAppeared':
      '{path} apareció mientras se creaba el espacio de trabajo sobre el terreno.',
    'fieldPack.badSignature':
      'La firma del paquete de visita no corresponde a su contenido: fue modificado después de que la Sede lo firmara, dañado durante la transmisión o falsificado.',
    'fieldPack.otherSigner':
      'El paquete de visita está firmado con una clave que la Sede no le ha comunicado (huella digital {signer}, cuando la de la Sede es {expected}): puede estar falsificado. Vuelva a pedir el paquete a la Sede y compare la huella digital por teléfono.',
    'fieldPack.clockAhead':
      'El paquete de visita tiene fecha del {dated}, por delante del reloj de este ordenador ({now}). Compruebe la fecha y la hora de este ordenador y vuelva a abrir el paquete.',
    'fieldPack.mixed':
      'El contenido del paquete de visita no corresponde a su encabezado firmado: se ha compuesto a partir de paquetes distintos.',
    'fieldPack.notOnTeam':
      '{name} no forma parte del equipo de esta visita en el paquete; los miembros del equipo que pueden iniciar sesión son: {names}.',
    'fieldPack.noTeam':
      'La visita de este paquete no tiene ningún miembro del equipo que sea usuario de la aplicación: en la Sede, añada el equipo a la visita y emita un nuevo paquete.',
  },
  ru: {
    'auth.noSuchAction': 'Действия сеанса с именем «{action}» не существует.',
    'auth.apiKeyUserDisabled':
      'Этот ключ API принадлежит пользователю {user}, учётная запись которого отключена.',
    'auth.apiKeyInvalid': 'Этот ключ API недействителен: он неизвестен или был отозван.',
    'auth.alreadySetUp':
      'В этом рабочем пространстве уже есть пользователи, которые могут войти: войдите или попросите администратора добавить вас.',
    'auth.wrongCredentials': 'Неверное имя пользователя или парольная фраза.',
    'auth.wrongPassphrase': 'Неверная парольная фраза.',
    'auth.accountDisabled':
      'Учётная запись пользователя {user} отключена: попросите администратора снова её включить.',
    'auth.ownAccountDisabled':
      'Ваша учётная запись отключена: попросите администратора снова её включить.',
    'auth.passphraseChangedElsewhere':
      'Ваша парольная фраза была изменена в другом месте: войдите снова с новой фразой.',
    'auth.locked': {
      one: 'Приложение заблокировалось после {count} минуты бездействия: чтобы продолжить, введите парольную фразу.',
      few: 'Приложение заблокировалось после {count} минут бездействия: чтобы продолжить, введите парольную фразу.',
      many: 'Приложение заблокировалось после {count} минут бездействия: чтобы продолжить, введите парольную фразу.',
      other:
        'Приложение заблокировалось после {count} минуты бездействия: чтобы продолжить, введите парольную фразу.',
    },
    'auth.notSignedIn': 'Вы не вошли в систему или ваш сеанс завершён: войдите снова.',
    'auth.tooManyForUser': {
      one: 'Слишком много неверных парольных фраз для этого пользователя. Повторите попытку через {count} секунду.',
      few: 'Слишком много неверных парольных фраз для этого пользователя. Повторите попытку через {count} секунды.',
      many: 'Слишком много неверных парольных фраз для этого пользователя. Повторите попытку через {count} секунд.',
      other:
        'Слишком много неверных парольных фраз для этого пользователя. Повторите попытку через {count} секунды.',
    },
    'auth.tooManyOnWorkspace': {
      one: 'Слишком много неверных парольных фраз в этом рабочем пространстве. Повторите попытку через {count} секунду.',
      few: 'Слишком много неверных парольных фраз в этом рабочем пространстве. Повторите попытку через {count} секунды.',
      many: 'Слишком много неверных парольных фраз в этом рабочем пространстве. Повторите попытку через {count} секунд.',
      other:
        'Слишком много неверных парольных фраз в этом рабочем пространстве. Повторите попытку через {count} секунды.',
    },
    'auth.readOnlySetup':
      'Это рабочее пространство доступно только для чтения, поэтому создать его первого администратора нельзя.',
    'auth.readOnlySetupBecause':
      'Это рабочее пространство доступно только для чтения, поэтому создать его первого администратора нельзя. {reason}',
    'auth.noAdministratorToSetUp':
      'В этом рабочем пространстве нет активной учётной записи администратора, которую можно было бы настроить.',
    'session.enterUserName': 'Введите имя пользователя.',
    'user.nameTaken': 'Пользователь с именем «{name}» уже существует. Выберите другое имя.',
    'user.nameTakenField': 'Это имя уже занято.',
    'user.noSuchUser': 'В этом рабочем пространстве нет такого пользователя.',
    'user.lastAdministratorRole':
      '{user} — единственный активный администратор, поэтому назначить ему другую роль нельзя: сначала сделайте администратором другого пользователя.',
    'user.lastAdministratorDisabled':
      '{user} — единственный активный администратор, поэтому его нельзя отключить: сначала сделайте администратором другого пользователя.',
    'user.cannotDisableSelf':
      'Вы не можете отключить собственную учётную запись: это может сделать другой администратор.',
    'user.noPassphraseYet':
      'У вас ещё нет парольной фразы: попросите администратора задать её для вас.',
    'user.currentPassphraseWrong':
      'Ваша текущая парольная фраза неверна, поэтому ничего не изменено.',
    'user.samePassphrase': 'Новая парольная фраза совпадает с текущей: выберите другую.',
    'user.disabledNoKey':
      'Учётная запись пользователя {user} отключена: включите её, прежде чем выдавать ключ.',
    'user.noSuchApiKey': 'Такого ключа API нет.',
    'user.apiKeyRevoked': 'Ключ «{name}» уже был отозван {date}.',
    'settings.alertWindows':
      'Ближний срок оповещения ({near} дн.) должен быть короче дальнего ({far} дн.).',
    'methodology.noSuch': 'Эта методика не существует.',
    'methodology.noDefault': 'В рабочем пространстве нет методики по умолчанию.',
    'methodology.someWeight': 'Хотя бы у одного фактора вес должен быть больше нуля.',
    'methodology.allZero': 'Все веса равны нулю.',
    'methodology.nameTaken':
      'Методика с названием «{name}» уже существует; выберите другое название.',
    'methodology.locked':
      'Методика «{name}» (версия {version}) используется в предложенном или утверждённом списке и больше не может изменяться. Создайте на её основе копию, чтобы получить новую методику.',
    'inputs.thresholdsNeeded':
      'Для нормализации по пороговым значениям требуется хотя бы одно пороговое значение (точки разбиения, например 1, 5, 10).',
    'inputs.maxAboveMin': 'Максимум ({max}) должен быть больше минимума ({min}).',
    'inputs.codeShared':
      'Внешний код {code} уже принадлежит показателю «{label}» ({key}): у каждого показателя свой код.',
    'inputs.importRefused': {
      one: 'Ничего не импортировано: сначала исправьте в файле {count} проблему (или исключите соответствующие строки). {listed}{more}',
      few: 'Ничего не импортировано: сначала исправьте в файле {count} проблемы (или исключите соответствующие строки). {listed}{more}',
      many: 'Ничего не импортировано: сначала исправьте в файле {count} проблем (или исключите соответствующие строки). {listed}{more}',
      other:
        'Ничего не импортировано: сначала исправьте в файле {count} проблемы (или исключите соответствующие строки). {listed}{more}',
    },
    'inputs.importMore': ' …и ещё {count}.',
    'inputs.sentences': '{first} {then}',
    'inputs.findingOnLine': 'Строка {line}: {message}',
    'inputs.noSuchSignal': 'Этот сигнал не существует (возможно, он был удалён).',
    'inputs.noSuchRequest': 'Эта просьба или приглашение не существует.',
    'inputs.theDate': 'Дата',
    'inputs.theDateReceived': 'Дата получения',
    'workspace.noHistory': '«{table}» не является видом записей, имеющих историю.',
    'workspace.unknownTable': 'Неизвестная таблица.',
    'workspace.syntheticNotice':
      'Синтетические демонстрационные данные: все посещения, доклады и цифры в этом рабочем пространстве вымышлены.',
    'sync.fieldTeamAtHq':
      'Пользователь {user} ({role}) обменивается пакетами в рабочем пространстве посещения на местах; в Центральных учреждениях пакеты создаёт и импортирует планировщик.',
    'sync.trustSelf': 'Это и есть данная установка: укажите идентификатор и ключ другой установки.',
    'sync.badPublicKey':
      'Это недопустимый открытый ключ: скопируйте его снова из другой установки.',
    'sync.trustedWithOtherKey':
      'Установке «{name}» (идентификатор {siteId}) уже доверяют с другим ключом (отпечаток {fingerprint}). Если её ключ действительно изменился, сначала прекратите доверять ей, а затем установите доверие к новому ключу.',
    'sync.noSuchPeer': 'Доверенной установки с идентификатором {siteId} нет.',
    'sync.noSuchPeerForBundle':
      'Доверенной установки с идентификатором {siteId} нет. Сначала установите доверие к ней, затем создайте для неё пакет.',
    'sync.noInstallationKey':
      'У этого рабочего пространства ещё нет ключа установки: откройте его один раз там, где его можно изменять, и ключ будет создан.',
    'sync.refused': '{problem} {nothingDone}',
    'sync.bundleNothingDone': 'Ничего из пакета не применено.',
    'sync.packNothingDone':
      'Ничего из пакета не использовано, и рабочее пространство на местах не создано.',
    'sync.bundleName': 'пакет синхронизации',
    'sync.packName': 'пакет посещения',
    'sync.bundleShort': 'пакет',
    'sync.packShort': 'пакет',
    'sync.notAnEnvelope':
      'Этот файл не является файлом типа «{name}» Планировщика посещений ИДКТК (он начинается не так, как такой файл).',
    'sync.headerDamaged': 'Этот {short} повреждён: его заголовок испорчен или был изменён.',
    'sync.newerFormat':
      'Этот {short} создан более новой версией Планировщика посещений ИДКТК (формат: {format}; эта версия читает формат {supported}). Обновите приложение, а затем снова откройте {short}.',
    'sync.extraBytes':
      'Этот {short} содержит лишние байты ({extra}): он был изменён или соединён с чем-то другим.',
    'sync.wrongPassphrase':
      'Эта парольная фраза не открывает данный {short}. Узнайте у отправителя, какую парольную фразу он использовал, и повторите попытку.',
    'sync.contentsDamaged': 'Этот {short} повреждён: его содержимое испорчено.',
    'sync.notChanges':
      'Этот {short} не содержит списка изменений, который может прочитать эта версия.',
    'sync.truncated':
      'Этот {short} неполон: размер файла (в байтах) — {actual}, а ожидалось не менее {expected} (файл был обрезан при копировании или отправке). Скопируйте его у отправителя ещё раз.',
    'sync.badSignature':
      'Подпись пакета не соответствует его содержимому: пакет был изменён после подписания, повреждён при передаче или подделан.',
    'sync.ownBundle': 'Этот пакет создан данной установкой: импортируйте его в другой установке.',
    'sync.forAnother':
      'Этот пакет создан для другой установки ({recipient}), а не для этой ({siteId}).',
    'sync.forAnyInField':
      'Этот пакет создан для любой установки, а рабочее пространство на местах принимает только пакеты, созданные специально для него (установка {siteId}): попросите Центральные учреждения создать пакет для этой установки на местах.',
    'sync.untrustedSender':
      'Пакет получен от установки, которой это рабочее пространство не доверяет (установка {siteId}, отпечаток ключа {fingerprint}). Если вы ожидаете от неё пакеты, сверьте этот отпечаток с её владельцем, попросите планировщика установить доверие к ней и затем снова импортируйте пакет.',
    'sync.otherKey':
      'Пакет якобы получен от установки «{name}» (идентификатор {siteId}), но подписан не тем ключом, которому для неё установлено доверие (отпечаток {fingerprint} вместо {trusted}): возможно, он подделан.',
    'sync.replayed':
      'Этот пакет от установки «{name}» ({bundleId}) уже был импортирован {on}; каждый пакет применяется только один раз.',
    'sync.clockAhead':
      'Пакет датирован {dated}, что более чем на {minutes} мин. опережает часы этого компьютера ({now}). Проверьте дату и время на обоих компьютерах, затем создайте новый пакет.',
    'sync.missingEarlier':
      'Пакет продолжает изменения, которых в этом рабочем пространстве ещё нет (сделанные установкой {site} до {hlc}). Попросите установку «{name}» создать пакет для этой установки.',
    'sync.whichChange': 'изменение № {number} ({table}.{column}, запись {rowId})',
    'sync.unknownTable':
      'Пакет изменяет записи такого вида, которого нет в этом рабочем пространстве («{table}», {which}). Если отправитель использует более новую версию Планировщика посещений ИДКТК, сначала обновите это приложение.',
    'sync.unknownColumn':
      'Пакет изменяет поле, которого нет в этом рабочем пространстве («{column}» в таблице {table}, {which}). Если отправитель использует более новую версию Планировщика посещений ИДКТК, сначала обновите это приложение.',
    'sync.changeClockAhead':
      'Пакет содержит изменение, датированное {dated}, что более чем на {minutes} мин. опережает часы этого компьютера ({now}). Проверьте дату и время на обоих компьютерах, затем создайте новый пакет.',
    'sync.invalidChange': 'Недопустимое {which} в пакете: {why}.',
    'sync.siteIdMalformed': 'неверный формат идентификатора установки',
    'sync.rowIdMalformed': 'неверный формат идентификатора записи',
    'sync.notATimestamp': 'метка времени «{hlc}» не является отметкой часов',
    'sync.timestampOfOtherSite': 'метка времени принадлежит не той установке, которая указана',
    'sync.baseMalformed': 'неверный формат сведений о том, на чём основано изменение',
    'sync.badValue': '{problem} (получено: «{value}»)',
    'sync.unknownReference': '«{value}» не является известной записью таблицы {table}',
    'sync.deletionMark': 'отметка удаления должна быть равна 0 или 1',
    'sync.mustBeNumber': 'значение должно быть числом',
    'sync.noSuchConflict': 'Конфликта {id}, который нужно урегулировать, нет.',
    'sync.conflictResolved': 'Этот конфликт уже урегулирован {date}.',
    'sync.conflictResolvedBy': 'Этот конфликт уже урегулирован {date} (пользователь: {user}).',
    'sync.conflictUnknownField':
      'Этот конфликт касается поля, которого нет в этом рабочем пространстве ({table}.{column}); урегулировать его здесь нельзя.',
    'sync.conflictRecordMissing': 'Записи, к которой относится этот конфликт ({rowId}), здесь нет.',
    'sync.valueCannotBeKept': 'Это значение сохранить нельзя: {problem}.',
    'fieldPack.inFieldWorkspace':
      'Это рабочее пространство на местах: пакеты посещений выдаются в Центральных учреждениях из рабочего пространства, содержащего данные по всем государствам.',
    'fieldPack.noSuchVisit': 'Посещения с идентификатором {id} нет.',
    'fieldPack.noState':
      'У этого посещения не указано государство-член: укажите государство, прежде чем выдавать пакет.',
    'fieldPack.noTeamUsers':
      'Никто из группы этого посещения не является пользователем приложения, поэтому никто не сможет войти в его рабочее пространство на местах: сначала укажите членов группы в посещении.',
    'fieldPack.pathExists':
      'Файл {path} уже существует: выберите новое имя файла для рабочего пространства на местах.',
    'fieldPack.pathAppeared':
      'Файл {path} появился во время создания рабочего пространства на местах.',
    'fieldPack.badSignature':
      'Подпись пакета не соответствует его содержимому: пакет был изменён после подписания в Центральных учреждениях, повреждён при передаче или подделан.',
    'fieldPack.otherSigner':
      'Пакет подписан ключом, который вам не передавали Центральные учреждения (отпечаток {signer}, тогда как отпечаток Центральных учреждений — {expected}): возможно, он подделан. Запросите пакет в Центральных учреждениях повторно и сверьте отпечаток по телефону.',
    'fieldPack.clockAhead':
      'Пакет датирован {dated}, что опережает часы этого компьютера ({now}). Проверьте дату и время на этом компьютере, затем снова откройте пакет.',
    'fieldPack.mixed':
      'Содержимое пакета не соответствует его подписанному заголовку: пакет собран из разных пакетов.',
    'fieldPack.notOnTeam':
      '{name} не входит в группу этого посещения, указанную в пакете; войти могут следующие члены группы: {names}.',
    'fieldPack.noTeam':
      'В посещении из этого пакета нет ни одного члена группы, являющегося пользователем приложения: в Центральных учреждениях добавьте группу в посещение, затем выдайте новый пакет.',
  },
  zh: {
    'auth.noSuchAction': '不存在名为“{action}”的会话操作。',
    'auth.apiKeyUserDisabled': '此 API 密钥属于 {user}，该用户已被停用。',
    'auth.apiKeyInvalid': '此 API 密钥无效：密钥未知或已被撤销。',
    'auth.alreadySetUp': '此工作区已有可以登录的用户：请登录，或请管理员添加您。',
    'auth.wrongCredentials': '用户名或口令不正确。',
    'auth.wrongPassphrase': '口令不正确。',
    'auth.accountDisabled': '{user} 的账户已被停用：请管理员重新启用。',
    'auth.ownAccountDisabled': '您的账户已被停用：请管理员重新启用。',
    'auth.passphraseChangedElsewhere': '您的口令已在别处更改：请使用新口令重新登录。',
    'auth.locked': {
      other: '应用在 {count} 分钟无操作后已自动锁定：请输入您的口令以继续。',
    },
    'auth.notSignedIn': '您尚未登录，或会话已结束：请重新登录。',
    'auth.tooManyForUser': {
      other: '此用户输入错误口令的次数过多。请在 {count} 秒后重试。',
    },
    'auth.tooManyOnWorkspace': {
      other: '此工作区输入错误口令的次数过多。请在 {count} 秒后重试。',
    },
    'auth.readOnlySetup': '此工作区为只读，因此无法创建第一位管理员。',
    'auth.readOnlySetupBecause': '此工作区为只读，因此无法创建第一位管理员。{reason}',
    'auth.noAdministratorToSetUp': '此工作区没有需要设置的在用管理员。',
    'session.enterUserName': '请输入您的用户名。',
    'user.nameTaken': '已有名为“{name}”的用户。请另选一个名称。',
    'user.nameTakenField': '此名称已被使用。',
    'user.noSuchUser': '此工作区中没有该用户。',
    'user.lastAdministratorRole':
      '{user} 是唯一在用的管理员，不能改为其他角色：请先将另一用户设为管理员。',
    'user.lastAdministratorDisabled':
      '{user} 是唯一在用的管理员，不能停用：请先将另一用户设为管理员。',
    'user.cannotDisableSelf': '您不能停用自己的账户：可由另一位管理员停用。',
    'user.noPassphraseYet': '您还没有口令：请管理员为您设置一个。',
    'user.currentPassphraseWrong': '您当前的口令不正确，因此未作任何更改。',
    'user.samePassphrase': '新口令与当前口令相同：请另选一个。',
    'user.disabledNoKey': '{user} 已被停用：请先重新启用该用户，再为其签发密钥。',
    'user.noSuchApiKey': '没有该 API 密钥。',
    'user.apiKeyRevoked': '密钥“{name}”已于 {date} 撤销。',
    'settings.alertWindows': '近期提醒时限（{near} 天）必须短于远期提醒时限（{far} 天）。',
    'methodology.noSuch': '此方法不存在。',
    'methodology.noDefault': '工作区没有默认方法。',
    'methodology.someWeight': '至少须有一个因素的权重大于零。',
    'methodology.allZero': '所有权重均为零。',
    'methodology.nameTaken': '已有名为“{name}”的方法；请另选一个名称。',
    'methodology.locked':
      '“{name}”（第 {version} 版）已被已提交或已通过的名单使用，不能再更改。请复制该方法以另建新方法。',
    'inputs.thresholdsNeeded': '按阈值标准化至少需要一个阈值（分界点，例如 1、5、10）。',
    'inputs.maxAboveMin': '最大值（{max}）必须大于最小值（{min}）。',
    'inputs.codeShared': '外部代码 {code} 已属于 {label}（{key}）：每个指标须有各自的代码。',
    'inputs.importRefused': {
      other: '未导入任何内容：文件中有 {count} 个问题需先更正（或不列入有关各行）。{listed}{more}',
    },
    'inputs.importMore': '……另有 {count} 个。',
    'inputs.sentences': '{first}{then}',
    'inputs.findingOnLine': '第 {line} 行：{message}',
    'inputs.noSuchSignal': '此信号不存在（可能已被删除）。',
    'inputs.noSuchRequest': '此请求或邀请不存在。',
    'inputs.theDate': '日期',
    'inputs.theDateReceived': '收到日期',
    'workspace.noHistory': '“{table}”不是有历史记录的记录类型。',
    'workspace.unknownTable': '未知的表。',
    'workspace.syntheticNotice': '合成演示数据：此工作区中的每次访问、每份报告和每个数字均为虚构。',
    'sync.fieldTeamAtHq':
      '{user}（{role}）在访问的实地工作区中交换同步包；在总部，由规划人员制作和导入同步包。',
    'sync.trustSelf': '这是本安装自身：请信任另一安装的标识和密钥。',
    'sync.badPublicKey': '这不是有效的公钥：请从另一安装重新复制。',
    'sync.trustedWithOtherKey':
      '{name}（安装 {siteId}）已以另一密钥获得信任（指纹 {fingerprint}）。如果其密钥确已更改，请先停止信任，然后信任新密钥。',
    'sync.noSuchPeer': '没有标识为 {siteId} 的受信任安装。',
    'sync.noSuchPeerForBundle':
      '没有标识为 {siteId} 的受信任安装。请先信任该安装，然后为其制作同步包。',
    'sync.noInstallationKey': '此工作区尚无安装密钥：请在可以更改的地方打开一次，即可获得密钥。',
    'sync.refused': '{problem}{nothingDone}',
    'sync.bundleNothingDone': '同步包中的任何内容均未应用。',
    'sync.packNothingDone': '工作包中的任何内容均未使用，也未创建实地工作区。',
    'sync.bundleName': '同步包',
    'sync.packName': '访问工作包',
    'sync.bundleShort': '同步包',
    'sync.packShort': '工作包',
    'sync.notAnEnvelope': '此文件不是反恐执行局访问规划系统的{name}（其开头与之不符）。',
    'sync.headerDamaged': '{short}的文件头已损坏或被改动。',
    'sync.newerFormat':
      '此{short}由更新版本的反恐执行局访问规划系统制作（{short}格式 {format}；本版本读取格式 {supported}）。请更新应用，然后重新打开。',
    'sync.extraBytes': '此{short}比应有大小多出 {extra} 个字节：它已被改动或与其他内容拼接。',
    'sync.wrongPassphrase':
      '此口令无法打开该{short}。请向发送方索取其所用的{short}口令，然后重试。',
    'sync.contentsDamaged': '{short}的内容已损坏。',
    'sync.notChanges': '{short}的内容不是本版本能够读取的更改列表。',
    'sync.truncated':
      '此{short}不完整：文件只有 {actual} 个字节，而预期至少应有 {expected} 个字节（在复制或发送过程中被截断）。请从发送方重新复制。',
    'sync.badSignature': '同步包的签名与其内容不符：它在签名后被改动、在传输中受损或系伪造。',
    'sync.ownBundle': '此同步包由本安装制作：请在另一安装上导入。',
    'sync.forAnother': '此同步包是为另一安装（{recipient}）而不是为本安装（{siteId}）制作的。',
    'sync.forAnyInField':
      '此同步包是为任一安装制作的，而实地工作区只接受专为其制作的同步包（安装 {siteId}）：请总部为此实地安装制作同步包。',
    'sync.untrustedSender':
      '此同步包来自本工作区不信任的安装（安装 {siteId}，密钥指纹 {fingerprint}）。如果您预期会收到其同步包，请与其所有者核对该指纹，由规划人员信任该安装，然后重新导入同步包。',
    'sync.otherKey':
      '此同步包声称来自{name}（安装 {siteId}），但签名所用的密钥并非为其信任的密钥（指纹为 {fingerprint}，而不是 {trusted}）：可能系伪造。',
    'sync.replayed': '来自{name}的此同步包（{bundleId}）已于 {on} 导入；一个同步包只应用一次。',
    'sync.clockAhead':
      '此同步包的日期为 {dated}，比本计算机时钟（{now}）快 {minutes} 分钟以上。请检查两台计算机的日期和时间，然后制作新的同步包。',
    'sync.missingEarlier':
      '此同步包接续本工作区尚未获得的更改（由安装 {site} 所作，截至 {hlc}）。请向{name}索取为本安装制作的同步包。',
    'sync.whichChange': '第 {number} 项更改（{rowId} 的 {table}.{column}）',
    'sync.unknownTable':
      '此同步包更改了本工作区所没有的记录类型（“{table}”，{which}）。如果发送方使用的是更新版本的反恐执行局访问规划系统，请先更新本应用。',
    'sync.unknownColumn':
      '此同步包更改了本工作区所没有的字段（{table} 的“{column}”，{which}）。如果发送方使用的是更新版本的反恐执行局访问规划系统，请先更新本应用。',
    'sync.changeClockAhead':
      '此同步包中有一项更改的日期为 {dated}，比本计算机时钟（{now}）快 {minutes} 分钟以上。请检查两台计算机的日期和时间，然后制作新的同步包。',
    'sync.invalidChange': '同步包的{which}无效：{why}。',
    'sync.siteIdMalformed': '其安装标识格式错误',
    'sync.rowIdMalformed': '其记录标识格式错误',
    'sync.notATimestamp': '其时间戳“{hlc}”不是时钟时间戳',
    'sync.timestampOfOtherSite': '其时间戳属于另一安装，而不是所指明的安装',
    'sync.baseMalformed': '其所依据的内容格式错误',
    'sync.badValue': '{problem}，而不是“{value}”',
    'sync.unknownReference': '“{value}”不是已知的 {table} 条目',
    'sync.deletionMark': '删除标记必须为 0 或 1',
    'sync.mustBeNumber': '必须是数字',
    'sync.noSuchConflict': '没有需要解决的冲突 {id}。',
    'sync.conflictResolved': '此冲突已于 {date} 解决。',
    'sync.conflictResolvedBy': '此冲突已由 {user} 于 {date} 解决。',
    'sync.conflictUnknownField':
      '此冲突涉及本工作区所没有的字段（{table}.{column}）；无法在此解决。',
    'sync.conflictRecordMissing': '此冲突涉及的记录（{rowId}）不在这里。',
    'sync.valueCannotBeKept': '无法保留此值：{problem}。',
    'fieldPack.inFieldWorkspace': '这是实地工作区：访问工作包在总部从包含所有国家的工作区签发。',
    'fieldPack.noSuchVisit': '没有标识为 {id} 的访问。',
    'fieldPack.noState': '此访问没有指定会员国：请先设置国家，再签发其工作包。',
    'fieldPack.noTeamUsers':
      '此访问小组中没有人是本应用的用户，因此无人能登录其实地工作区：请先在访问中指定小组成员。',
    'fieldPack.pathExists': '{path} 已存在：请为实地工作区另选文件名。',
    'fieldPack.pathAppeared': '在创建实地工作区期间出现了 {path}。',
    'fieldPack.badSignature':
      '工作包的签名与其内容不符：它在总部签名后被改动、在传输中受损或系伪造。',
    'fieldPack.otherSigner':
      '工作包的签名所用的密钥并非总部提供给您的密钥（指纹为 {signer}，而总部的指纹为 {expected}）：可能系伪造。请总部重新发送工作包，并通过电话核对指纹。',
    'fieldPack.clockAhead':
      '工作包的日期为 {dated}，比本计算机时钟（{now}）快。请检查本计算机的日期和时间，然后重新打开工作包。',
    'fieldPack.mixed': '工作包的内容与其已签名的文件头不符：它是由不同的工作包拼凑而成的。',
    'fieldPack.notOnTeam':
      '在工作包中，{name} 不是此访问小组的成员；可以登录的小组成员为 {names}。',
    'fieldPack.noTeam':
      '此工作包中的访问没有任何小组成员是本应用的用户：请在总部将小组加入访问，然后签发新的工作包。',
  },
  ar: {
    'auth.noSuchAction': 'لا يوجد إجراء للجلسة باسم «{action}».',
    'auth.apiKeyUserDisabled': 'مفتاح واجهة برمجة التطبيقات هذا يخص {user}، وقد عُطِّل حسابه.',
    'auth.apiKeyInvalid': 'مفتاح واجهة برمجة التطبيقات هذا غير صالح: فهو غير معروف أو أُلغي.',
    'auth.alreadySetUp':
      'يوجد بالفعل في مساحة العمل هذه مستخدمون يمكنهم تسجيل الدخول: سجّل الدخول، أو اطلب من أحد المسؤولين عن النظام إضافتك.',
    'auth.wrongCredentials': 'اسم المستخدم أو عبارة المرور غير صحيح.',
    'auth.wrongPassphrase': 'عبارة المرور غير صحيحة.',
    'auth.accountDisabled': 'عُطِّل حساب {user}: اطلب من أحد المسؤولين عن النظام إعادة تفعيله.',
    'auth.ownAccountDisabled': 'عُطِّل حسابك: اطلب من أحد المسؤولين عن النظام إعادة تفعيله.',
    'auth.passphraseChangedElsewhere':
      'غُيِّرت عبارة المرور الخاصة بك في مكان آخر: سجّل الدخول مرة أخرى بالعبارة الجديدة.',
    'auth.locked': {
      zero: 'أُقفل التطبيق تلقائيًا بعد {count} دقيقة دون نشاط: أدخل عبارة المرور للمتابعة.',
      one: 'أُقفل التطبيق تلقائيًا بعد دقيقة واحدة دون نشاط: أدخل عبارة المرور للمتابعة.',
      two: 'أُقفل التطبيق تلقائيًا بعد دقيقتين دون نشاط: أدخل عبارة المرور للمتابعة.',
      few: 'أُقفل التطبيق تلقائيًا بعد {count} دقائق دون نشاط: أدخل عبارة المرور للمتابعة.',
      many: 'أُقفل التطبيق تلقائيًا بعد {count} دقيقة دون نشاط: أدخل عبارة المرور للمتابعة.',
      other: 'أُقفل التطبيق تلقائيًا بعد {count} دقيقة دون نشاط: أدخل عبارة المرور للمتابعة.',
    },
    'auth.notSignedIn': 'لم تسجّل الدخول، أو انتهت جلستك: سجّل الدخول مرة أخرى.',
    'auth.tooManyForUser': {
      zero: 'أُدخلت عبارات مرور خاطئة كثيرة لهذا المستخدم. حاول مرة أخرى بعد {count} ثانية.',
      one: 'أُدخلت عبارات مرور خاطئة كثيرة لهذا المستخدم. حاول مرة أخرى بعد ثانية واحدة.',
      two: 'أُدخلت عبارات مرور خاطئة كثيرة لهذا المستخدم. حاول مرة أخرى بعد ثانيتين.',
      few: 'أُدخلت عبارات مرور خاطئة كثيرة لهذا المستخدم. حاول مرة أخرى بعد {count} ثوانٍ.',
      many: 'أُدخلت عبارات مرور خاطئة كثيرة لهذا المستخدم. حاول مرة أخرى بعد {count} ثانية.',
      other: 'أُدخلت عبارات مرور خاطئة كثيرة لهذا المستخدم. حاول مرة أخرى بعد {count} ثانية.',
    },
    'auth.tooManyOnWorkspace': {
      zero: 'أُدخلت عبارات مرور خاطئة كثيرة في مساحة العمل هذه. حاول مرة أخرى بعد {count} ثانية.',
      one: 'أُدخلت عبارات مرور خاطئة كثيرة في مساحة العمل هذه. حاول مرة أخرى بعد ثانية واحدة.',
      two: 'أُدخلت عبارات مرور خاطئة كثيرة في مساحة العمل هذه. حاول مرة أخرى بعد ثانيتين.',
      few: 'أُدخلت عبارات مرور خاطئة كثيرة في مساحة العمل هذه. حاول مرة أخرى بعد {count} ثوانٍ.',
      many: 'أُدخلت عبارات مرور خاطئة كثيرة في مساحة العمل هذه. حاول مرة أخرى بعد {count} ثانية.',
      other: 'أُدخلت عبارات مرور خاطئة كثيرة في مساحة العمل هذه. حاول مرة أخرى بعد {count} ثانية.',
    },
    'auth.readOnlySetup': 'مساحة العمل هذه للقراءة فقط، ولذلك لا يمكن إنشاء أول مسؤول عنها.',
    'auth.readOnlySetupBecause':
      'مساحة العمل هذه للقراءة فقط، ولذلك لا يمكن إنشاء أول مسؤول عنها. {reason}',
    'auth.noAdministratorToSetUp':
      'لا يوجد في مساحة العمل هذه مسؤول عن النظام في حالة نشاط يمكن إعداده.',
    'session.enterUserName': 'أدخل اسم المستخدم الخاص بك.',
    'user.nameTaken': 'يوجد بالفعل مستخدم باسم «{name}». اختر اسمًا آخر.',
    'user.nameTakenField': 'هذا الاسم مستخدم بالفعل.',
    'user.noSuchUser': 'هذا المستخدم غير موجود في مساحة العمل هذه.',
    'user.lastAdministratorRole':
      '{user} هو المسؤول الوحيد عن النظام في حالة نشاط، ولا يمكن إسناد دور آخر إليه: اجعل مستخدمًا آخر مسؤولًا عن النظام أولًا.',
    'user.lastAdministratorDisabled':
      '{user} هو المسؤول الوحيد عن النظام في حالة نشاط، ولا يمكن تعطيل حسابه: اجعل مستخدمًا آخر مسؤولًا عن النظام أولًا.',
    'user.cannotDisableSelf': 'لا يمكنك تعطيل حسابك: يمكن لمسؤول آخر عن النظام القيام بذلك.',
    'user.noPassphraseYet':
      'ليست لديك عبارة مرور بعد: اطلب من أحد المسؤولين عن النظام تحديد عبارة مرور لك.',
    'user.currentPassphraseWrong': 'عبارة المرور الحالية غير صحيحة، ولذلك لم يتغير أي شيء.',
    'user.samePassphrase': 'عبارة المرور الجديدة مطابقة للحالية: اختر عبارة أخرى.',
    'user.disabledNoKey': 'حساب {user} معطَّل: فعِّله قبل إصدار مفتاح له.',
    'user.noSuchApiKey': 'مفتاح واجهة برمجة التطبيقات هذا غير موجود.',
    'user.apiKeyRevoked': 'سبق أن أُلغي المفتاح «{name}» في {date}.',
    'settings.alertWindows':
      'يجب أن تكون فترة التنبيه القريب (عدد الأيام: {near}) أقصر من فترة التنبيه البعيد (عدد الأيام: {far}).',
    'methodology.noSuch': 'هذه المنهجية غير موجودة.',
    'methodology.noDefault': 'لا توجد في مساحة العمل منهجية افتراضية.',
    'methodology.someWeight': 'يلزم أن يكون لعامل واحد على الأقل وزن أكبر من الصفر.',
    'methodology.allZero': 'جميع الأوزان تساوي صفرًا.',
    'methodology.nameTaken': 'توجد بالفعل منهجية باسم «{name}»؛ اختر اسمًا آخر.',
    'methodology.locked':
      'المنهجية «{name}» (الصيغة {version}) مستخدمة في قائمة مقترحة أو معتمدة، ولم يعد من الممكن تغييرها. استنسخها لإنشاء منهجية جديدة.',
    'inputs.thresholdsNeeded':
      'يتطلب التوحيد القياسي حسب العتبات عتبة واحدة على الأقل (نقاط الفصل، مثل 1 و5 و10).',
    'inputs.maxAboveMin': 'يجب أن يكون الحد الأقصى ({max}) أكبر من الحد الأدنى ({min}).',
    'inputs.codeShared':
      'الرمز الخارجي {code} هو بالفعل رمز المؤشر {label} ({key}): لكل مؤشر رمزه الخاص.',
    'inputs.importRefused': {
      zero: 'لم يُستورد أي شيء: في الملف مشاكل يجب تصحيحها أولًا (أو استبعاد الأسطر المعنية). {listed}{more}',
      one: 'لم يُستورد أي شيء: في الملف مشكلة واحدة يجب تصحيحها أولًا (أو استبعاد الأسطر المعنية). {listed}{more}',
      two: 'لم يُستورد أي شيء: في الملف مشكلتان يجب تصحيحهما أولًا (أو استبعاد الأسطر المعنية). {listed}{more}',
      few: 'لم يُستورد أي شيء: في الملف {count} مشاكل يجب تصحيحها أولًا (أو استبعاد الأسطر المعنية). {listed}{more}',
      many: 'لم يُستورد أي شيء: في الملف {count} مشكلة يجب تصحيحها أولًا (أو استبعاد الأسطر المعنية). {listed}{more}',
      other:
        'لم يُستورد أي شيء: في الملف {count} مشكلة يجب تصحيحها أولًا (أو استبعاد الأسطر المعنية). {listed}{more}',
    },
    'inputs.importMore': ' …وغيرها (عددها {count}).',
    'inputs.sentences': '{first} {then}',
    'inputs.findingOnLine': 'السطر {line}: {message}',
    'inputs.noSuchSignal': 'هذه الإشارة غير موجودة (ربما تكون قد حُذفت).',
    'inputs.noSuchRequest': 'لا وجود لهذا الطلب أو لهذه الدعوة.',
    'inputs.theDate': 'التاريخ',
    'inputs.theDateReceived': 'تاريخ الاستلام',
    'workspace.noHistory': '«{table}» ليس نوعًا من السجلات له سجل تغييرات.',
    'workspace.unknownTable': 'جدول غير معروف.',
    'workspace.syntheticNotice':
      'بيانات توضيحية اصطناعية: جميع الزيارات والتقارير والأرقام الواردة في مساحة العمل هذه مختلَقة.',
    'sync.fieldTeamAtHq':
      '{user} ({role}) يتبادل الحزم في مساحة العمل الميدانية للزيارة؛ أما في المقر، فيُنشئها أحد المخطِّطين ويستوردها.',
    'sync.trustSelf': 'هذا هو التثبيت نفسه: امنح الثقة لمعرِّف التثبيت الآخر ومفتاحه.',
    'sync.badPublicKey': 'هذا ليس مفتاحًا عامًا صالحًا: انسخه مرة أخرى من التثبيت الآخر.',
    'sync.trustedWithOtherKey':
      'التثبيت {name} ({siteId}) موثوق به بالفعل بمفتاح آخر (البصمة {fingerprint}). وإذا كان مفتاحه قد تغير فعلًا، فأوقف الثقة به أولًا، ثم امنح الثقة للمفتاح الجديد.',
    'sync.noSuchPeer': 'لا يوجد تثبيت موثوق به معرِّفه {siteId}.',
    'sync.noSuchPeerForBundle':
      'لا يوجد تثبيت موثوق به معرِّفه {siteId}. امنحه الثقة أولًا، ثم أنشئ الحزمة الموجهة إليه.',
    'sync.noInstallationKey':
      'لا يوجد بعد لمساحة العمل هذه مفتاح تثبيت: افتحها مرة واحدة في مكان يمكن تغييرها فيه، فيُنشأ لها مفتاح.',
    'sync.refused': '{problem} {nothingDone}',
    'sync.bundleNothingDone': 'لم يُطبَّق أي شيء من الحزمة.',
    'sync.packNothingDone': 'لم يُستخدم أي شيء من الملف الميداني، ولم تُنشأ أي مساحة عمل ميدانية.',
    'sync.bundleName': 'حزمة مزامنة',
    'sync.packName': 'ملف ميداني للزيارة',
    'sync.bundleShort': 'الحزمة',
    'sync.packShort': 'الملف الميداني',
    'sync.notAnEnvelope':
      'هذا الملف ليس من نوع «{name}» الخاص بتطبيق «مخطِّط زيارات المديرية التنفيذية» (فبدايته لا تطابق بداية هذا النوع).',
    'sync.headerDamaged': 'رأس {short} تالف أو جرى تعديله.',
    'sync.newerFormat':
      'جرى إنشاء {short} بإصدار أحدث من تطبيق «مخطِّط زيارات المديرية التنفيذية» (الصيغة {format}؛ ويقرأ هذا الإصدار الصيغة {supported}). حدِّث التطبيق، ثم أعد الفتح.',
    'sync.extraBytes':
      'حجم {short} يزيد بمقدار {extra} بايت على ما ينبغي: فقد جرى تعديله أو ضُم إليه شيء آخر.',
    'sync.wrongPassphrase':
      'عبارة المرور هذه لا تفتح {short}. اطلب من المرسل عبارة مرور {short} التي استخدمها، ثم حاول مرة أخرى.',
    'sync.contentsDamaged': 'محتويات {short} تالفة.',
    'sync.notChanges': 'محتويات {short} ليست قائمة تغييرات يمكن لهذا الإصدار قراءتها.',
    'sync.truncated':
      'محتوى {short} غير مكتمل: حجم الملف {actual} بايت، في حين كان المتوقع {expected} بايت على الأقل (فقد انقطع أثناء نسخه أو إرساله). أعد نسخه من المرسل.',
    'sync.badSignature':
      'توقيع الحزمة لا يطابق محتوياتها: فقد جرى تعديلها بعد توقيعها، أو تلفت أثناء النقل، أو زُوِّرت.',
    'sync.ownBundle': 'أنشأ هذا التثبيت نفسه هذه الحزمة: استوردها في التثبيت الآخر.',
    'sync.forAnother': 'أُنشئت هذه الحزمة لتثبيت آخر ({recipient})، لا لهذا التثبيت ({siteId}).',
    'sync.forAnyInField':
      'أُنشئت هذه الحزمة لأي تثبيت، ولا تقبل مساحة العمل الميدانية إلا الحزم المنشأة لها (التثبيت {siteId}): اطلب من المقر حزمة منشأة لهذا التثبيت الميداني.',
    'sync.untrustedSender':
      'الحزمة واردة من تثبيت لا تثق به مساحة العمل هذه (التثبيت {siteId}، بصمة المفتاح {fingerprint}). وإذا كنت تتوقع حزمًا منه، فقارن هذه البصمة مع صاحبه، واطلب من أحد المخطِّطين منحه الثقة، ثم استورد الحزمة مرة أخرى.',
    'sync.otherKey':
      'تدّعي الحزمة أنها واردة من {name} (التثبيت {siteId})، لكنها موقّعة بمفتاح غير المفتاح الموثوق به لهذا التثبيت (البصمة {fingerprint} بدلًا من {trusted}): وقد تكون مزوَّرة.',
    'sync.replayed':
      'سبق أن استُوردت هذه الحزمة الواردة من {name} ({bundleId}) في {on}؛ ولا تُطبَّق الحزمة إلا مرة واحدة.',
    'sync.clockAhead':
      'الحزمة مؤرخة {dated}، أي متقدمة بأكثر من {minutes} دقيقة على ساعة هذا الحاسوب ({now}). تحقق من التاريخ والوقت في الحاسوبين كليهما، ثم أنشئ حزمة جديدة.',
    'sync.missingEarlier':
      'تستكمل الحزمة تغييرات ليست بعد في مساحة العمل هذه (أجراها التثبيت {site} حتى {hlc}). اطلب من {name} حزمة منشأة لهذا التثبيت.',
    'sync.whichChange': 'التغيير رقم {number} ({table}.{column} في السجل {rowId})',
    'sync.unknownTable':
      'تغيّر الحزمة سجلات من نوع لا يوجد في مساحة العمل هذه («{table}»، {which}). وإذا كان المرسل يستخدم إصدارًا أحدث من تطبيق «مخطِّط زيارات المديرية التنفيذية»، فحدِّث هذا التطبيق أولًا.',
    'sync.unknownColumn':
      'تغيّر الحزمة حقلًا لا يوجد في مساحة العمل هذه («{column}» في {table}، {which}). وإذا كان المرسل يستخدم إصدارًا أحدث من تطبيق «مخطِّط زيارات المديرية التنفيذية»، فحدِّث هذا التطبيق أولًا.',
    'sync.changeClockAhead':
      'تتضمن الحزمة تغييرًا مؤرخًا {dated}، أي متقدمًا بأكثر من {minutes} دقيقة على ساعة هذا الحاسوب ({now}). تحقق من التاريخ والوقت في الحاسوبين كليهما، ثم أنشئ حزمة جديدة.',
    'sync.invalidChange': '{which} في الحزمة غير صالح: {why}.',
    'sync.siteIdMalformed': 'معرِّف التثبيت الخاص به غير سليم الصيغة',
    'sync.rowIdMalformed': 'معرِّف السجل الخاص به غير سليم الصيغة',
    'sync.notATimestamp': 'طابعه الزمني «{hlc}» ليس طابعًا زمنيًا للساعة',
    'sync.timestampOfOtherSite': 'طابعه الزمني يخص تثبيتًا غير التثبيت المذكور',
    'sync.baseMalformed': 'ما يستند إليه غير سليم الصيغة',
    'sync.badValue': '{problem}، لا «{value}»',
    'sync.unknownReference': '«{value}» ليس قيمة معروفة في {table}',
    'sync.deletionMark': 'يجب أن تكون علامة الحذف 0 أو 1',
    'sync.mustBeNumber': 'يجب أن يكون رقمًا',
    'sync.noSuchConflict': 'لا توجد حالة تعارض {id} يمكن تسويتها.',
    'sync.conflictResolved': 'سبقت تسوية حالة التعارض هذه في {date}.',
    'sync.conflictResolvedBy': 'سبقت تسوية حالة التعارض هذه في {date} بواسطة {user}.',
    'sync.conflictUnknownField':
      'تتعلق حالة التعارض هذه بحقل لا يوجد في مساحة العمل هذه ({table}.{column})؛ ولا يمكن تسويتها هنا.',
    'sync.conflictRecordMissing': 'سجل حالة التعارض هذه ({rowId}) غير موجود هنا.',
    'sync.valueCannotBeKept': 'لا يمكن الاحتفاظ بهذه القيمة: {problem}.',
    'fieldPack.inFieldWorkspace':
      'هذه مساحة عمل ميدانية: تُصدَر الملفات الميدانية للزيارات في المقر، من مساحة العمل التي تضم جميع الدول.',
    'fieldPack.noSuchVisit': 'لا توجد زيارة معرِّفها {id}.',
    'fieldPack.noState': 'لم تُحدَّد دولة عضو لهذه الزيارة: حدِّد الدولة قبل إصدار ملفها الميداني.',
    'fieldPack.noTeamUsers':
      'لا يوجد في فريق هذه الزيارة أي مستخدم للتطبيق، ولذلك لا يمكن لأحد تسجيل الدخول إلى مساحة عملها الميدانية: سمِّ أعضاء الفريق في صفحة الزيارة أولًا.',
    'fieldPack.pathExists': '{path} موجود بالفعل: اختر اسم ملف جديدًا لمساحة العمل الميدانية.',
    'fieldPack.pathAppeared': 'ظهر {path} أثناء إنشاء مساحة العمل الميدانية.',
    'fieldPack.badSignature':
      'توقيع الملف الميداني لا يطابق محتوياته: فقد جرى تعديله بعد أن وقّعه المقر، أو تلف أثناء النقل، أو زُوِّر.',
    'fieldPack.otherSigner':
      'الملف الميداني موقَّع بمفتاح لم يسلّمه لك المقر (البصمة {signer}، في حين أن بصمة مفتاح المقر {expected}): وقد يكون مزوَّرًا. اطلب الملف من المقر مرة أخرى، وقارن البصمة هاتفيًا.',
    'fieldPack.clockAhead':
      'الملف الميداني مؤرخ {dated}، أي متقدم على ساعة هذا الحاسوب ({now}). تحقق من تاريخ هذا الحاسوب ووقته، ثم افتح الملف مرة أخرى.',
    'fieldPack.mixed': 'محتويات الملف الميداني لا تطابق رأسه الموقَّع: فقد جُمع من ملفات مختلفة.',
    'fieldPack.notOnTeam':
      '{name} ليس ضمن فريق هذه الزيارة في الملف الميداني؛ وأعضاء الفريق الذين يمكنهم تسجيل الدخول هم: {names}.',
    'fieldPack.noTeam':
      'لا يوجد في فريق الزيارة الواردة في هذا الملف أي عضو من مستخدمي التطبيق: أضف الفريق إلى الزيارة في المقر، ثم أصدر ملفًا ميدانيًا جديدًا.',
  },
});
