// The desktop app's key prompt (renderer/key-prompt.html, shown by main/electron/key-prompt.ts):
// the key of an encrypted workspace, or a new workspace's key typed twice, and whether to remember
// it on this computer. The answer goes to the main process through the preload bridge, and nowhere
// else; what the page shows comes from its address (see main/electron/workspace-key.ts). No one
// has signed in yet: the page speaks the first of the system's languages that the app speaks.
import { preferredLanguage, t, useLanguage, type MessageKey } from './i18n';
import './styles.css';
import './key-prompt.css';

interface KeyPromptBridge {
  answer(answer: { key: string; repeat?: string; remember: boolean } | null): Promise<boolean>;
}

declare global {
  interface Window {
    ctedKeyPrompt?: KeyPromptBridge;
  }
}

const PROBLEMS: Record<string, MessageKey> = {
  wrong: 'keyPrompt.wrong',
  mismatch: 'keyPrompt.mismatch',
  empty: 'keyPrompt.empty',
};

const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const query = new URLSearchParams(location.search);
const creating = query.get('mode') === 'create';
const file = query.get('file') ?? '';
const problem = PROBLEMS[query.get('problem') ?? ''];
const bridge = window.ctedKeyPrompt;

useLanguage.getState().setLanguage(preferredLanguage(navigator.languages));

document.title = t(creating ? 'keyPrompt.createTitle' : 'keyPrompt.title');
element('heading').textContent = document.title;
element('explanation').textContent = t(
  creating ? 'keyPrompt.createExplanation' : 'keyPrompt.explanation',
  { file },
);
element('key-label').textContent = t(creating ? 'keyPrompt.newKey' : 'keyPrompt.key');
element('repeat-label').textContent = t('keyPrompt.repeat');
element('repeat-field').hidden = !creating;
element('remember-label').textContent = t('keyPrompt.remember');
element('remember-field').hidden = query.get('remember') !== '1';
element('submit').textContent = t(creating ? 'keyPrompt.create' : 'keyPrompt.open');
element('cancel').textContent = t('keyPrompt.cancel');
const problemText = element('problem');
if (!bridge) problemText.textContent = t('keyPrompt.desktopOnly');
else if (problem) problemText.textContent = t(problem);
problemText.hidden = problemText.textContent === '';
element('key').focus();

element<HTMLFormElement>('form').addEventListener('submit', (event) => {
  event.preventDefault();
  void bridge?.answer({
    key: element<HTMLInputElement>('key').value,
    ...(creating ? { repeat: element<HTMLInputElement>('repeat').value } : {}),
    remember: element<HTMLInputElement>('remember').checked,
  });
});
element('cancel').addEventListener('click', () => void bridge?.answer(null));
