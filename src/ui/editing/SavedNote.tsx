import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../../state/context';
import { useEditor } from './useEditor';
import { useTe } from './words';

/** DOM time for a new live region to be heard before words are put in it. */
const ANNOUNCE_DELAY_MS = 150;

/**
 * "Saved." on the screen a person returns to after saving a form, said once: the live region is on the
 * page first, then the words arrive, so that screen readers announce them.
 */
export function SavedNote() {
  const editor = useEditor();
  const { network } = useApp();
  const te = useTe();
  const [text, setText] = useState('');
  useEffect(() => {
    if (editor.flash.peek() !== 'saved') return undefined;
    editor.flash.value = null;
    const member = network.membership.peek() !== null;
    const timer = setTimeout(() => setText(te(member ? 'ed.savedMember' : 'ed.saved')), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <p role="status" class={text ? 'saved-note' : 'saved-note empty'}>
      {text}
    </p>
  );
}
