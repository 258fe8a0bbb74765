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
    'user.lastAdministratorRole':
      '{user} es el único administrador activo y no se le puede asignar otro rol: nombre antes administrador a otro usuario.',
    'user.lastAdministratorDisabled':
      '{user} es el único administrador activo y no se puede desactivar: nombre antes administrador a otro usuario.',
    'user.disabledNoKey':
      'La cuenta de {user} está desactivada: actívela antes de emitirle una clave.',
    'settings.alertWindows':
      'El plazo de alerta cercana ({near} días) debe ser más corto que el de alerta lejana ({far} días).',
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
    'workspace.noHistory': '«{table}» no es un tipo de registro con historial.',
    'workspace.syntheticNotice':
      'Datos de demostración ficticios: todas las visitas, informes y cifras de este espacio de trabajo son inventados.',
    'sync.trustSelf':
      'Esta es la propia instalación: confíe en el identificador y la clave de la otra instalación.',
    'sync.badPublicKey':
      'Esta no es una clave pública válida: vuelva a copiarla desde la otra instalación.',
    'sync.trustedWithOtherKey':
      '{name} (instalación {siteId}) ya es de confianza con otra clave (huella {fingerprint}). Si su clave realmente ha cambiado, deje primero de confiar en ella y luego confíe en la nueva clave.',
    'sync.noSuchPeerForBundle':
      'No hay ninguna instalación de confianza con el identificador {siteId}. Confíe primero en ella y luego cree su lote.',
    'sync.noInstallationKey':
      'Este espacio de trabajo aún no tiene clave de instalación: ábralo una vez donde pueda modificarse y recibirá una.',
    'sync.refused': '{problem} {nothingDone}',
    'sync.packNothingDone':
      'No se ha utilizado nada del paquete y no se ha creado ningún espacio de trabajo sobre el terreno.',
    'sync.bundleName': 'lote de sincronización',
    'sync.packName': 'paquete de visita',
    'sync.bundleShort': 'lote',
    'sync.packShort': 'paquete',
    'sync.notAnEnvelope':
      'Este archivo no es un {name} de CTED Visit Planner (no empieza como tal).',
    'sync.headerDamaged': 'El encabezado del {short} está dañado o ha sido modificado.',
    'sync.newerFormat':
      'El {short} se creó con una versión más reciente de CTED Visit Planner (formato de {short} {format}; esta versión lee el formato {supported}). Actualice la aplicación y vuelva a abrirlo.',
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
      'La firma del lote no corresponde a su contenido: fue modificado después de firmarse, dañado durante la transmisión o falsificado.',
    'sync.ownBundle': 'Este lote lo creó esta instalación: impórtelo en la otra.',
    'sync.forAnother':
      'Este lote se creó para otra instalación ({recipient}), no para esta ({siteId}).',
    'sync.replayed':
      'Este lote de {name} ({bundleId}) ya se importó el {on}; un lote se aplica una sola vez.',
    'sync.valueCannotBeKept': 'Este valor no puede conservarse: {problem}.',
    'sync.deletionMark': 'una marca de eliminación debe ser 0 o 1',
    'sync.mustBeNumber': 'debe ser un número',
    'sync.conflictRecordMissing': 'El registro de este conflicto ({rowId}) no está aquí.',
    'fieldPack.noState':
      'Esta visita no tiene Estado Miembro: indique su Estado antes de emitir su paquete.',
    'fieldPack.pathExists':
      '{path} ya existe: elija un nuevo nombre de archivo para el espacio de trabajo sobre el terreno.',
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
    'user.cannotDisableSelf':
      'No puede desactivar su propia cuenta: puede hacerlo otro administrador.',
    'user.noPassphraseYet':
      'Todavía no tiene frase de contraseña: pida a un administrador que le asigne una.',
    'user.currentPassphraseWrong':
      'Su frase de contraseña actual no es correcta, por lo que no se ha cambiado nada.',
    'user.samePassphrase': 'La nueva frase de contraseña es igual a la actual: elija otra.',
    'user.noSuchApiKey': 'Esa clave de API no existe.',
    'user.apiKeyRevoked': 'La clave «{name}» ya fue revocada el {date}.',
    'methodology.noSuch': 'Esta metodología no existe.',
    'methodology.noDefault': 'El espacio de trabajo no tiene una metodología predeterminada.',
    'methodology.someWeight': 'Al menos un factor debe tener una ponderación superior a cero.',
    'methodology.allZero': 'Todas las ponderaciones son cero.',
    'methodology.nameTaken': 'Ya existe una metodología llamada «{name}»; elija otro nombre.',
    'inputs.noSuchSignal': 'Esta señal no existe (puede que se haya eliminado).',
    'inputs.noSuchRequest': 'Esta solicitud o invitación no existe.',
    'inputs.findingOnLine': 'Línea {line}: {message}',
    'workspace.unknownTable': 'Tabla desconocida.',
    'sync.bundleNothingDone': 'No se ha aplicado nada del lote.',
    'sync.noSuchPeer': 'No hay ninguna instalación de confianza con el identificador {siteId}.',
    'sync.noSuchConflict': 'No hay ningún conflicto {id} que resolver.',
    'sync.conflictResolved': 'Este conflicto ya se resolvió el {date}.',
    'sync.conflictResolvedBy': 'Este conflicto ya se resolvió el {date} por {user}.',
    'fieldPack.noSuchVisit': 'No hay ninguna visita con el identificador {id}.',
  },
  ru: {
    'auth.apiKeyInvalid': 'Этот ключ API недействителен: он неизвестен или был отозван.',
    'auth.alreadySetUp':
      'В этом рабочем пространстве уже есть пользователи, которые могут войти: войдите или попросите администратора добавить вас.',
    'auth.accountDisabled':
      'Учетная запись пользователя {user} отключена: попросите администратора снова ее включить.',
    'auth.locked': {
      one: 'Приложение заблокировалось после {count} минуты бездействия: введите парольную фразу, чтобы продолжить.',
      few: 'Приложение заблокировалось после {count} минут бездействия: введите парольную фразу, чтобы продолжить.',
      many: 'Приложение заблокировалось после {count} минут бездействия: введите парольную фразу, чтобы продолжить.',
      other:
        'Приложение заблокировалось после {count} минуты бездействия: введите парольную фразу, чтобы продолжить.',
    },
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
    'user.nameTaken': 'Пользователь с именем «{name}» уже существует. Выберите другое имя.',
    'user.cannotDisableSelf':
      'Вы не можете отключить собственную учетную запись: это может сделать другой администратор.',
    'user.noPassphraseYet':
      'У вас еще нет парольной фразы: попросите администратора задать ее для вас.',
    'user.currentPassphraseWrong':
      'Ваша текущая парольная фраза неверна, поэтому ничего не изменено.',
    'user.samePassphrase': 'Новая парольная фраза совпадает с текущей: выберите другую.',
    'auth.wrongCredentials': 'Неверное имя пользователя или парольная фраза.',
    'auth.wrongPassphrase': 'Неверная парольная фраза.',
    'auth.ownAccountDisabled':
      'Ваша учетная запись отключена: попросите администратора снова ее включить.',
    'auth.notSignedIn': 'Вы не вошли в систему или ваш сеанс завершен: войдите снова.',
    'auth.passphraseChangedElsewhere':
      'Ваша парольная фраза была изменена в другом месте: войдите снова с новой фразой.',
    'session.enterUserName': 'Введите имя пользователя.',
    'user.nameTakenField': 'Это имя уже занято.',
    'user.noSuchUser': 'В этом рабочем пространстве нет такого пользователя.',
    'user.noSuchApiKey': 'Такого ключа API нет.',
  },
  zh: {
    'auth.apiKeyInvalid': '此 API 密钥无效：密钥未知或已被撤销。',
    'auth.alreadySetUp': '此工作区已有可以登录的用户：请登录，或请管理员添加您。',
    'auth.accountDisabled': '{user} 的账户已被停用：请管理员重新启用。',
    'auth.locked': {
      other: '应用在 {count} 分钟无操作后已自动锁定：请输入您的密码短语以继续。',
    },
    'auth.tooManyForUser': {
      other: '此用户输入错误密码短语的次数过多。请在 {count} 秒后重试。',
    },
    'auth.tooManyOnWorkspace': {
      other: '此工作区输入错误密码短语的次数过多。请在 {count} 秒后重试。',
    },
    'user.nameTaken': '已有名为“{name}”的用户。请另选一个名称。',
    'user.cannotDisableSelf': '您不能停用自己的账户：可由另一位管理员停用。',
    'user.noPassphraseYet': '您还没有密码短语：请管理员为您设置一个。',
    'user.currentPassphraseWrong': '您当前的密码短语不正确，因此未作任何更改。',
    'user.samePassphrase': '新密码短语与当前密码短语相同：请另选一个。',
    'auth.wrongCredentials': '用户名或密码短语不正确。',
    'auth.wrongPassphrase': '密码短语不正确。',
    'auth.ownAccountDisabled': '您的账户已被停用：请管理员重新启用。',
    'auth.notSignedIn': '您尚未登录，或会话已结束：请重新登录。',
    'auth.passphraseChangedElsewhere': '您的密码短语已在别处更改：请使用新密码短语重新登录。',
    'session.enterUserName': '请输入您的用户名。',
    'user.nameTakenField': '此名称已被使用。',
    'user.noSuchUser': '此工作区中没有该用户。',
    'user.noSuchApiKey': '没有该 API 密钥。',
  },
  ar: {
    'auth.apiKeyInvalid': 'مفتاح واجهة برمجة التطبيقات هذا غير صالح: فهو غير معروف أو تم إلغاؤه.',
    'auth.alreadySetUp':
      'يوجد بالفعل في مساحة العمل هذه مستخدمون يمكنهم تسجيل الدخول: سجّل الدخول، أو اطلب من أحد المسؤولين إضافتك.',
    'auth.accountDisabled': 'تم تعطيل حساب {user}: اطلب من أحد المسؤولين إعادة تفعيله.',
    'auth.passphraseChangedElsewhere':
      'تم تغيير عبارة المرور الخاصة بك في مكان آخر: سجّل الدخول مرة أخرى باستخدام العبارة الجديدة.',
    'auth.locked': {
      zero: 'أُقفل التطبيق تلقائيًا بعد {count} دقيقة دون نشاط: أدخل عبارة المرور للمتابعة.',
      one: 'أُقفل التطبيق تلقائيًا بعد دقيقة واحدة دون نشاط: أدخل عبارة المرور للمتابعة.',
      two: 'أُقفل التطبيق تلقائيًا بعد دقيقتين دون نشاط: أدخل عبارة المرور للمتابعة.',
      few: 'أُقفل التطبيق تلقائيًا بعد {count} دقائق دون نشاط: أدخل عبارة المرور للمتابعة.',
      many: 'أُقفل التطبيق تلقائيًا بعد {count} دقيقة دون نشاط: أدخل عبارة المرور للمتابعة.',
      other: 'أُقفل التطبيق تلقائيًا بعد {count} دقيقة دون نشاط: أدخل عبارة المرور للمتابعة.',
    },
    'user.nameTaken': 'يوجد بالفعل مستخدم باسم «{name}». اختر اسمًا آخر.',
    'user.noSuchUser': 'هذا المستخدم غير موجود في مساحة العمل هذه.',
    'user.cannotDisableSelf': 'لا يمكنك تعطيل حسابك: يمكن لمسؤول آخر القيام بذلك.',
    'user.currentPassphraseWrong': 'عبارة المرور الحالية غير صحيحة، لذا لم يتم تغيير أي شيء.',
    'user.samePassphrase': 'عبارة المرور الجديدة مطابقة للحالية: اختر عبارة أخرى.',
    'auth.wrongCredentials': 'اسم المستخدم أو عبارة المرور غير صحيحة.',
    'auth.wrongPassphrase': 'عبارة المرور غير صحيحة.',
    'auth.ownAccountDisabled': 'تم تعطيل حسابك: اطلب من أحد المسؤولين إعادة تفعيله.',
    'auth.notSignedIn': 'لم تقم بتسجيل الدخول، أو انتهت جلستك: سجّل الدخول مرة أخرى.',
    'session.enterUserName': 'أدخل اسم المستخدم الخاص بك.',
    'user.nameTakenField': 'هذا الاسم مستخدم بالفعل.',
  },
});
