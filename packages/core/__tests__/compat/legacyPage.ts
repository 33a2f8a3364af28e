/**
 * A page written the way the vendor guide shows (index.html + eventListener), with plain DOM
 * instead of jQuery: buttons `#btn_<action>` toggled from enableActions / disableActions, the
 * agent and queue status shown, the caller read with fn_getParam on a queue call. `scripts` are
 * the page's script tags: our wincall.js, optionally after the vendor's socket.io.js. `options`:
 * more WinCall options, as JavaScript (`phonetype: 'softphone', …`).
 */
export function legacyPage(server: { ip: string; port: number }, scripts: readonly string[], options = ''): string {
  return `<!doctype html>
<html>
<head><meta charset="utf-8"><title>wincall demo</title></head>
<body>
  <input id="agent_num" value="1001"><input id="agent_pass" type="password" value="1234"><input id="agent_phone" value="8001">
  <button id="btn_login">签入</button>
  <button id="btn_logout" disabled>签出</button>
  <button id="btn_busy" disabled>置忙</button>
  <button id="btn_unbusy" disabled>置闲</button>
  <button id="btn_answer" disabled>接听</button>
  <button id="btn_hangup" disabled>挂断</button>
  <button id="btn_hold" disabled>保持</button>
  <button id="btn_restore" disabled>恢复</button>
  <button id="btn_dialouter" disabled>呼叫外线</button>
  <div id="seat_state"></div>
  <div id="queue_state"></div>
  <div id="obj_content"></div>
  <div id="caller"></div>
  <pre id="message"></pre>
  ${scripts.map((src) => `<script src="${src}"></script>`).join('\n  ')}
  <script>
    // Test probe: count the sockets opened through the page's own io, when it loaded socket.io.js.
    if (window.io) {
      var pageIo = window.io;
      window.ioCalls = 0;
      window.io = function () { window.ioCalls++; return pageIo.apply(this, arguments); };
    }
    var wincall = new WinCall({
      wintel_server_ip: ${JSON.stringify(server.ip)},
      wintel_server_port: ${server.port},
      vcc_code: 'demo',
      busy_reasons: { 100: '开会', 101: '午餐' },
      debug: false,${options ? `
      ${options},` : ''}
      event_listener: eventListener
    });
    wincall.init();
    window.codes = [];

    function $(id) { return document.getElementById(id); }
    function eachButton(names, fn) {
      var buttons = names === '*' ? document.querySelectorAll('button') : names.map(function (n) { return $('btn_' + n); });
      for (var i = 0; i < buttons.length; i++) if (buttons[i]) fn(buttons[i]);
    }

    function eventListener(response) {
      window.codes.push(response.code);
      if (response.agStatus) $('seat_state').textContent = response.agStatus;
      if (response.queStatus) $('queue_state').textContent = response.queStatus;
      $('obj_content').textContent = response.msg;
      $('message').textContent += response.msg + '\\r\\n';
      eachButton(response.disableActions, function (b) { b.setAttribute('disabled', 'disabled'); });
      eachButton(response.enableActions, function (b) { b.removeAttribute('disabled'); });
      switch (response.type) {
        case 'ring_inner_event':
        case 'ring_queue_event':
          $('caller').textContent = wincall.fn_getParam('Caller');
          break;
        default:
          break;
      }
    }

    $('btn_login').onclick = function () {
      wincall.fn_login($('agent_num').value, $('agent_pass').value, $('agent_phone').value, 1);
    };
    $('btn_logout').onclick = function () { wincall.fn_logout(); };
    $('btn_busy').onclick = function () { wincall.fn_busy(100); };
    $('btn_unbusy').onclick = function () { wincall.fn_unbusy(); };
    $('btn_answer').onclick = function () { wincall.fn_answer(); };
    $('btn_hangup').onclick = function () { wincall.fn_hangup(); };
    $('btn_hold').onclick = function () { wincall.fn_hold(); };
    $('btn_restore').onclick = function () { wincall.fn_restore(); };
  </script>
</body>
</html>`;
}
