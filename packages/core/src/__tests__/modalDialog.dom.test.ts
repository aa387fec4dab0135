import { afterEach, describe, expect, it, vi } from 'vitest';
import { handleModalKeydown, openModalDialog, supportsShowModal, tabbableIn, type ModalKeyEvent } from '../preferences';
import { focusedElement } from '../ui';

const html = (markup: string): void => {
  document.body.innerHTML = markup;
};

/** A keydown as the handler sees it, recording what was done with it. */
function key(k: string, shiftKey = false): ModalKeyEvent & { prevented: boolean; stopped: boolean } {
  const e = {
    key: k,
    shiftKey,
    prevented: false,
    stopped: false,
    get defaultPrevented() {
      return e.prevented;
    },
    preventDefault() {
      e.prevented = true;
    },
    stopPropagation() {
      e.stopped = true;
    },
  };
  return e;
}

afterEach(() => {
  html('');
  vi.restoreAllMocks();
});

describe('tabbableIn (R24, R26)', () => {
  it('lists what Tab reaches, in document order, skipping disabled, hidden, inert and closed-<details> content', () => {
    html(`
      <div id="root">
        <a href="#a" id="a">a</a>
        <a id="no-href">no href</a>
        <button id="b">b</button>
        <button disabled>disabled</button>
        <input type="hidden" />
        <input id="c" />
        <div tabindex="-1">minus one</div>
        <div tabindex="0" id="d">zero</div>
        <div inert><button>inert</button></div>
        <details id="closed"><summary id="s1">more</summary><button>hidden in closed details</button></details>
        <details open><summary id="s2">open</summary><button id="e">visible in open details</button></details>
      </div>`);
    expect(tabbableIn(document.getElementById('root')!).map((el) => el.id)).toEqual(['a', 'b', 'c', 'd', 's1', 's2', 'e']);
    expect(tabbableIn(document.getElementById('no-href')!)).toEqual([]);
  });
});

describe('openModalDialog (R24)', () => {
  it('moves focus in, and gives it back to the opener, or to "Cookie settings" when the opener has gone', () => {
    html(`
      <button class="ic-settings-button" id="settings">Cookie settings</button>
      <button id="opener">Customize</button>
      <dialog open id="dialog"><h2 tabindex="-1" id="title">Cookie settings</h2><button>Save</button></dialog>`);
    const opener = document.getElementById('opener')!;
    const dialog = document.getElementById('dialog') as HTMLDialogElement;
    opener.focus();
    const modal = openModalDialog(dialog, document.getElementById('title'));
    expect(document.activeElement!.id).toBe('title');
    modal.close();
    modal.restoreFocus();
    expect(document.activeElement).toBe(opener);

    opener.focus();
    const again = openModalDialog(dialog, null);
    opener.remove();
    again.restoreFocus();
    expect(document.activeElement!.id).toBe('settings');
  });

  it('an opener taken before the dialog mounted (its code loading meanwhile) gets focus back, not what had focus at mount', () => {
    html(`
      <button class="ic-settings-button" id="settings">Cookie settings</button>
      <a href="#top" id="elsewhere">Page link</a>
      <dialog open id="dialog"><h2 tabindex="-1" id="title">Cookie settings</h2></dialog>`);
    const settings = document.getElementById('settings')!;
    settings.focus();
    const opener = focusedElement();
    expect(opener).toBe(settings);
    document.getElementById('elsewhere')!.focus(); // focus moves while the code loads
    const modal = openModalDialog(document.getElementById('dialog') as HTMLDialogElement, document.getElementById('title'), opener);
    modal.close();
    modal.restoreFocus();
    expect(document.activeElement).toBe(settings);
  });

  it('focusedElement: null for <body> or nothing focused', () => {
    html('<button id="b">B</button>');
    (document.activeElement as HTMLElement | null)?.blur();
    expect(focusedElement()).toBeNull();
    document.getElementById('b')!.focus();
    expect(focusedElement(document)!.id).toBe('b');
  });

  it('uses showModal() where it exists and close() on close', () => {
    const proto = HTMLDialogElement.prototype as unknown as { showModal?: () => void; close?: () => void };
    const had = { showModal: proto.showModal, close: proto.close };
    const showModal = vi.fn(function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    });
    const close = vi.fn(function (this: HTMLDialogElement) {
      this.removeAttribute('open');
    });
    proto.showModal = showModal;
    proto.close = close;
    try {
      expect(supportsShowModal()).toBe(true);
      html('<dialog id="dialog"><button>Save</button></dialog>');
      const dialog = document.getElementById('dialog') as HTMLDialogElement;
      const modal = openModalDialog(dialog);
      expect(showModal).toHaveBeenCalledTimes(1);
      modal.close();
      modal.close();
      expect(close).toHaveBeenCalledTimes(1);
    } finally {
      proto.showModal = had.showModal;
      proto.close = had.close;
    }
  });
});

describe('handleModalKeydown (R24)', () => {
  const setup = () => {
    html('<button id="outside">outside</button><div id="dialog"><button id="first">1</button><button id="middle">2</button><button id="last">3</button></div>');
    return document.getElementById('dialog')!;
  };

  it('Escape asks to close and stops there', () => {
    const dialog = setup();
    const close = vi.fn();
    const e = key('Escape');
    handleModalKeydown(dialog, e, close);
    expect(close).toHaveBeenCalledTimes(1);
    expect(e.prevented && e.stopped).toBe(true);
  });

  it('Tab wraps from the last to the first, Shift+Tab from the first to the last; in between the browser moves focus', () => {
    const dialog = setup();
    const close = vi.fn();
    document.getElementById('last')!.focus();
    handleModalKeydown(dialog, key('Tab'), close);
    expect(document.activeElement!.id).toBe('first');
    handleModalKeydown(dialog, key('Tab', true), close);
    expect(document.activeElement!.id).toBe('last');
    document.getElementById('middle')!.focus();
    const e = key('Tab');
    handleModalKeydown(dialog, e, close);
    expect(e.prevented).toBe(false);
    expect(document.activeElement!.id).toBe('middle');
    document.getElementById('outside')!.focus();
    handleModalKeydown(dialog, key('Tab'), close);
    expect(document.activeElement!.id).toBe('first');
    expect(close).not.toHaveBeenCalled();
  });

  it('with nothing tabbable Tab stays put; handled events and other keys are left alone', () => {
    html('<div id="empty"><p>text</p></div>');
    const empty = document.getElementById('empty')!;
    const e = key('Tab');
    handleModalKeydown(empty, e, vi.fn());
    expect(e.prevented).toBe(true);
    const close = vi.fn();
    const handled = key('Escape');
    handled.preventDefault();
    handleModalKeydown(empty, handled, close);
    handleModalKeydown(empty, key('Enter'), close);
    expect(close).not.toHaveBeenCalled();
  });
});
