import { onBeforeUnmount, ref, type Ref } from 'vue';

/** How long a copy button says "Disalin" before it reads as a copy button again. */
const COPIED_MS = 1500;

/**
 * Copies a text to the clipboard for a button that then says so for a moment (a sale's ref, the data
 * folder's path). Falls back to select-and-copy where the shell gives no clipboard permission.
 */
export function useCopyText(): { copied: Ref<boolean>; copy(text: string): Promise<void> } {
  const copied = ref(false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  onBeforeUnmount(() => clearTimeout(timer));

  async function copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      const area = document.createElement('textarea');
      area.value = text;
      document.body.append(area);
      area.select();
      document.execCommand('copy');
      area.remove();
    }
    copied.value = true;
    clearTimeout(timer);
    timer = setTimeout(() => (copied.value = false), COPIED_MS);
  }

  return { copied, copy };
}
