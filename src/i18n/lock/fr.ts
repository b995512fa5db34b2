// Les mots du verrouillage de l’application (français du Canada).
import type { LockCatalog } from './en';

export const lockFr: LockCatalog = {
  'lk.title': 'L’application est verrouillée',
  'lk.intro':
    'Tapez votre phrase de passe pour ouvrir l’application. Les lignes de crise et la sortie rapide fonctionnent sans elle.',
  'lk.passphrase': 'Phrase de passe',
  'lk.show': 'Afficher la phrase de passe',
  'lk.unlock': 'Déverrouiller',
  'lk.checking': 'Vérification…',
  'lk.wrong': 'Ce n’est pas la phrase de passe.',
  'lk.wait': 'Trop d’essais erronés. Vous pourrez réessayer dans {seconds} s.',
  'lk.unreadable': 'Le verrou de cet appareil est illisible. Ce qu’il protégeait ne peut pas être ouvert.',
  'lk.neededForReferrals':
    'Cet appareil participe aux aiguillages\u00a0: leurs clés sont gardées sous le verrou, qui reste donc en place. Oublier la phrase de passe les efface quand même.',
  'lk.storageFailed': 'Le changement n’a pas pu être enregistré sur cet appareil.',
  'lk.forgot': 'Phrase de passe oubliée?',
  'lk.forgotTitle': 'Effacer ce qui est verrouillé?',
  'lk.forgotBody':
    'Personne ne peut ouvrir ce qui est verrouillé sans la phrase de passe, pas même votre réseau. L’effacement supprime pour de bon la liste sauvegardée et les aiguillages de cet appareil, et retire le verrou. Le répertoire et le cahier restent.',
  'lk.forgotConfirm': 'Effacer et retirer le verrou',
  'lk.cancel': 'Annuler',

  'lk.section': 'Verrouillage de l’application',
  'lk.offIntro':
    'Verrouillez l’application avec une phrase de passe. Elle la demande à l’ouverture et après un moment sans utilisation, et la liste sauvegardée (plus tard, les aiguillages) est gardée chiffrée sur cet appareil.',
  'lk.new': 'Nouvelle phrase de passe',
  'lk.again': 'Tapez-la de nouveau',
  'lk.newHelp':
    'Au moins 10 caractères. Quelques mots sans lien entre eux se retiennent facilement et se devinent difficilement.',
  'lk.strengthLabel': 'Solidité\u00a0: {strength}',
  'lk.strength.too-short': 'trop courte',
  'lk.strength.too-common': 'trop courante',
  'lk.strength.weak': 'faible',
  'lk.strength.fair': 'acceptable',
  'lk.strength.strong': 'solide',
  'lk.forgetWarning':
    'Si vous l’oubliez, ce qui est verrouillé est perdu\u00a0: personne ne peut le récupérer, pas même votre réseau.',
  'lk.understand': 'Je comprends qu’une phrase de passe oubliée ne peut pas être récupérée.',
  'lk.set': 'Mettre le verrou',
  'lk.setting': 'Mise en place du verrou…',
  'lk.mismatch': 'Les deux phrases de passe ne sont pas identiques.',
  'lk.tooWeak': 'Choisissez une phrase de passe plus solide\u00a0: quelques mots de plus.',
  'lk.mustUnderstand': 'Cochez la case pour indiquer que vous comprenez.',
  'lk.onIntro':
    'L’application est verrouillée par une phrase de passe. La liste sauvegardée est gardée chiffrée sur cet appareil.',
  'lk.lockNow': 'Verrouiller maintenant',
  'lk.idle': 'Verrouiller après ce délai sans utilisation',
  'lk.minute': '1 minute',
  'lk.minutes': '{count} minutes',
  'lk.change': 'Changer la phrase de passe',
  'lk.current': 'Phrase de passe actuelle',
  'lk.changeButton': 'Changer la phrase de passe',
  'lk.changed': 'La phrase de passe est changée.',
  'lk.remove': 'Retirer le verrou',
  'lk.removeHelp': 'La liste sauvegardée reste sur cet appareil, sans chiffrement.',
  'lk.removeButton': 'Retirer',
  'lk.removed': 'Le verrou est retiré.',
  'lk.set.done': 'Le verrou est en place.',
};
