// The claim finder's pages work without this script. With it, the paste form counts characters as
// the editor types, and a candidate can be dismissed: its explanation and its mark in the text fade,
// and "Restore" brings them back. Nothing is sent to the server; a dismissed candidate is simply one
// the editor does not accept.
(function () {
  'use strict';

  var text = document.getElementById('text');
  var count = document.getElementById('text-count');
  if (text && count && text.tagName === 'TEXTAREA') {
    var max = parseInt(text.getAttribute('data-max'), 10);
    var template = text.getAttribute('data-count-template') || '{0} / {1}';
    var format = function (n) { return n.toLocaleString(); };
    var update = function () {
      count.textContent = template.replace('{0}', format(text.value.length)).replace('{1}', format(max));
      count.classList.toggle('over', text.value.length > max);
    };
    count.hidden = false;
    text.addEventListener('input', update);
    update();
  }

  // An unlikely candidate is folded away; following its mark in the text unfolds it first.
  var unfold = function () {
    var target = window.location.hash && document.getElementById(window.location.hash.substring(1));
    var folded = target && target.closest('details');
    if (folded && !folded.open) {
      folded.open = true;
      target.scrollIntoView();
    }
  };
  window.addEventListener('hashchange', unfold);
  unfold();

  document.querySelectorAll('button.dismiss').forEach(function (button) {
    var item = button.closest('li.candidate');
    if (!item) {
      return;
    }
    var number = item.getAttribute('data-candidate');
    var marks = document.querySelectorAll('mark[data-candidate="' + number + '"]');
    button.hidden = false;
    button.addEventListener('click', function () {
      var dismissed = item.classList.toggle('dismissed');
      marks.forEach(function (mark) { mark.classList.toggle('dismissed', dismissed); });
      button.textContent = button.getAttribute(dismissed ? 'data-restore' : 'data-dismiss');
      button.setAttribute('aria-pressed', dismissed ? 'true' : 'false');
    });
  });
}());
