'use strict';
(function () {
  const T = {
    nb: {
      skip: 'Hopp til innholdet', title: 'Livskraft – bærekraftsmålene i plan og sak', language: 'Språk',
      caseHeading: 'Vurder en sak',
      caseIntro: 'Lim inn teksten i et saksframlegg eller last opp en fil. Forslagene er forslag: bekreft eller avvis hvert mål.',
      caseText: 'Sakstekst', caseFile: 'eller last opp en fil (tekst, HTML, DOCX, PDF)', assess: 'Finn bærekraftsmål',
      goalsHeading: 'Foreslåtte mål med belegg', sectionHeading: 'Forslag til bærekraftsvurdering',
      sectionNote: 'Utkast laget av regelbasert tagging (ikke en ferdig vurdering). Bare bekreftede mål tas med når du har bekreftet minst ett.',
      download: 'Last ned vurderingen', downloadArkiv: 'Last ned arkivmelding',
      arkivNote: 'Arkivmeldingen (Fiks Arkiv) lages av casework-modulens vurdering av saken; alle mål i den er forslag til saksbehandleren har tatt stilling.',
      textHeading: 'Teksten med markert belegg', planHeading: 'Sjekk planer', planFiles: 'Planfiler (YAML eller JSON)',
      priority: 'Prioriterte mål (f.eks. 2,3,4,9,11,13)', check: 'Sjekk planene', findings: 'Funn', coverage: 'Dekning',
      reportHeading: 'Rapport', reportLink: 'Åpne bærekraftsrapporten for planene tjenesten er startet med',
      footer: 'Livskraft – åpen kildekode (Apache-2.0). FNs bærekraftsmål; norske tekster fra FN-sambandet der de finnes.',
      confirm: 'Bekreft', reject: 'Avvis', confirmed: 'Bekreftet', rejected: 'Avvist', open: 'Ikke vurdert',
      goal: 'Mål', score: 'poeng', evidence: 'Belegg', working: 'Arbeider …', none: 'Ingen bærekraftsmål funnet i teksten.',
      found: n => n + ' mål foreslått.', noText: 'Skriv eller last opp en tekst først.', noFiles: 'Velg minst én planfil.',
      valid: 'Ingen feil.', invalid: n => n + ' feil.',
      secTitle: 'Vurdering av bærekraft',
      secIntro: 'Saken er vurdert opp mot FNs bærekraftsmål. Forslaget bygger på ord i saken og må vurderes av saksbehandler.',
      secGoal: (c, t) => 'Bærekraftsmål ' + c + ' – ' + t, secEvidence: 'Belegg i saken: ',
      secNone: 'Saken er ikke funnet å berøre bærekraftsmålene direkte.', secStatus: 'Status: '
    },
    nn: {
      skip: 'Hopp til innhaldet', title: 'Livskraft – berekraftsmåla i plan og sak', language: 'Språk',
      caseHeading: 'Vurder ei sak',
      caseIntro: 'Lim inn teksten i eit saksframlegg eller last opp ei fil. Forslaga er forslag: stadfest eller avvis kvart mål.',
      caseText: 'Sakstekst', caseFile: 'eller last opp ei fil (tekst, HTML, DOCX, PDF)', assess: 'Finn berekraftsmål',
      goalsHeading: 'Føreslåtte mål med prov', sectionHeading: 'Forslag til berekraftsvurdering',
      sectionNote: 'Utkast laga av regelbasert tagging (ikkje ei ferdig vurdering). Berre stadfeste mål kjem med når du har stadfest minst eitt.',
      download: 'Last ned vurderinga', downloadArkiv: 'Last ned arkivmelding',
      arkivNote: 'Arkivmeldinga (Fiks Arkiv) vert laga av casework-modulen si vurdering av saka; alle mål i ho er framlegg til sakshandsamaren har teke stilling.',
      textHeading: 'Teksten med markert prov', planHeading: 'Sjekk planar', planFiles: 'Planfiler (YAML eller JSON)',
      priority: 'Prioriterte mål (t.d. 2,3,4,9,11,13)', check: 'Sjekk planane', findings: 'Funn', coverage: 'Dekning',
      reportHeading: 'Rapport', reportLink: 'Opne berekraftsrapporten for planane tenesta er starta med',
      footer: 'Livskraft – open kjeldekode (Apache-2.0). FNs berekraftsmål; norske tekstar frå FN-sambandet der dei finst.',
      confirm: 'Stadfest', reject: 'Avvis', confirmed: 'Stadfest', rejected: 'Avvist', open: 'Ikkje vurdert',
      goal: 'Mål', score: 'poeng', evidence: 'Prov', working: 'Arbeider …', none: 'Ingen berekraftsmål funne i teksten.',
      found: n => n + ' mål føreslått.', noText: 'Skriv eller last opp ein tekst først.', noFiles: 'Vel minst éi planfil.',
      valid: 'Ingen feil.', invalid: n => n + ' feil.',
      secTitle: 'Vurdering av berekraft',
      secIntro: 'Saka er vurdert opp mot FNs berekraftsmål. Forslaget byggjer på ord i saka og må vurderast av sakshandsamar.',
      secGoal: (c, t) => 'Berekraftsmål ' + c + ' – ' + t, secEvidence: 'Prov i saka: ',
      secNone: 'Saka er ikkje funnen å røre ved berekraftsmåla direkte.', secStatus: 'Status: '
    },
    en: {
      skip: 'Skip to content', title: 'Livskraft – the SDGs in plans and cases', language: 'Language',
      caseHeading: 'Assess a case',
      caseIntro: 'Paste the text of a case report or upload a file. Suggestions are suggestions: confirm or reject each goal.',
      caseText: 'Case text', caseFile: 'or upload a file (text, HTML, DOCX, PDF)', assess: 'Find SDGs',
      goalsHeading: 'Suggested goals with evidence', sectionHeading: 'Suggested sustainability assessment',
      sectionNote: 'Draft made by rule-based tagging (not a finished assessment). Once you confirm a goal, only confirmed goals are included.',
      download: 'Download the assessment', downloadArkiv: 'Download arkivmelding',
      arkivNote: 'The arkivmelding (Fiks Arkiv) is made from the casework module\'s assessment of the case; every goal in it is a suggestion until the case officer has decided.',
      textHeading: 'The text with evidence marked', planHeading: 'Check plans', planFiles: 'Plan files (YAML or JSON)',
      priority: 'Priority goals (e.g. 2,3,4,9,11,13)', check: 'Check the plans', findings: 'Findings', coverage: 'Coverage',
      reportHeading: 'Report', reportLink: 'Open the SDG report for the plans the service was started with',
      footer: 'Livskraft – open source (Apache-2.0). UN Sustainable Development Goals; Norwegian texts from FN-sambandet where available.',
      confirm: 'Confirm', reject: 'Reject', confirmed: 'Confirmed', rejected: 'Rejected', open: 'Not assessed',
      goal: 'Goal', score: 'score', evidence: 'Evidence', working: 'Working …', none: 'No SDG found in the text.',
      found: n => n + ' goal(s) suggested.', noText: 'Write or upload a text first.', noFiles: 'Choose at least one plan file.',
      valid: 'No errors.', invalid: n => n + ' error(s).',
      secTitle: 'Sustainability assessment',
      secIntro: 'The case has been assessed against the UN Sustainable Development Goals. The suggestion is based on words in the case and must be assessed by the case officer.',
      secGoal: (c, t) => 'SDG ' + c + ' – ' + t, secEvidence: 'Evidence in the case: ',
      secNone: 'The case was not found to concern the SDGs directly.', secStatus: 'Status: '
    }
  };
  const $ = id => document.getElementById(id);
  let lang = 'nb';
  let last = null; // {text, result}
  const decisions = {}; // goal -> 'confirmed' | 'rejected'

  function t(key, ...args) {
    const v = T[lang][key];
    return typeof v === 'function' ? v(...args) : v;
  }

  function applyLanguage() {
    document.documentElement.lang = lang;
    document.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
    $('report-link').href = '/report?lang=' + (lang === 'en' ? 'en' : 'nb');
    if (last) { retag(); }
  }

  async function problemText(res) {
    try { const p = await res.json(); return p.code + ': ' + p.detail; } catch (e) { return 'HTTP ' + res.status; }
  }

  async function call(path, body, type) {
    const res = await fetch(path + (path.includes('?') ? '&' : '?') + 'lang=' + lang, {
      method: 'POST', headers: { 'Content-Type': type, 'Accept-Language': lang }, body: body });
    if (!res.ok) { throw new Error(await problemText(res)); }
    return res.json();
  }

  async function caseText() {
    const file = $('case-file').files[0];
    if (!file) { return $('case-text').value; }
    const name = file.name.toLowerCase();
    if (name.endsWith('.txt')) { return file.text(); }
    if (name.endsWith('.html') || name.endsWith('.htm')) {
      const doc = new DOMParser().parseFromString(await file.text(), 'text/html');
      return doc.body ? doc.body.innerText || doc.body.textContent : '';
    }
    const type = name.endsWith('.pdf') ? 'application/pdf'
      : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    const res = await fetch('/case/assess?lang=' + lang + '&name=' + encodeURIComponent(file.name),
      { method: 'POST', headers: { 'Content-Type': type }, body: file });
    if (!res.ok) { throw new Error(await problemText(res)); }
    const a = await res.json();
    upload = { body: file, type: type, name: file.name };
    return { goals: a.lines.map(l => l.goal) };
  }

  // what /case/assess is sent for the arkivmelding: the uploaded file, or the pasted text
  let upload = null;

  async function downloadArkiv() {
    const status = $('case-status');
    try {
      const u = upload || { body: last.text, type: 'text/plain;charset=utf-8', name: 'sak.txt' };
      const res = await fetch('/case/assess?lang=' + lang + '&name=' + encodeURIComponent(u.name),
        { method: 'POST', headers: { 'Content-Type': u.type, 'Accept': 'application/xml' }, body: u.body });
      if (!res.ok) { throw new Error(await problemText(res)); }
      save(new Blob([await res.text()], { type: 'application/xml' }), 'arkivmelding.xml');
    } catch (e) {
      status.className = 'error';
      status.textContent = e.message;
    }
  }

  async function assess(ev) {
    ev.preventDefault();
    const status = $('case-status');
    status.className = '';
    status.textContent = t('working');
    try {
      upload = null;
      $('download-arkiv').disabled = true;
      const text = await caseText();
      if (text && text.goals) { // DOCX or PDF: assessed by the server's casework module (no text to highlight)
        $('goals').textContent = '';
        $('section').textContent = '';
        $('highlighted').textContent = '';
        $('case-result').hidden = false;
        $('download-arkiv').disabled = false;
        status.textContent = text.goals.length ? t('found', text.goals.length) + ': ' + text.goals.join(', ')
          : t('none');
        return;
      }
      if (!text || !text.trim()) { status.textContent = t('noText'); return; }
      const result = await call('/tag', JSON.stringify({ id: 'sak', text: text }), 'application/json');
      Object.keys(decisions).forEach(k => delete decisions[k]);
      last = { text: text, result: result };
      render();
      $('download-arkiv').disabled = false;
      status.textContent = result.goals.length ? t('found', result.goals.length) : t('none');
    } catch (e) {
      status.className = 'error';
      status.textContent = e.message;
    }
  }

  async function retag() {
    try {
      last.result = await call('/tag', JSON.stringify({ id: 'sak', text: last.text }), 'application/json');
      render();
    } catch (e) { $('case-status').textContent = e.message; }
  }

  function spansOf(goal) {
    const spans = [];
    goal.matches.forEach(m => m.spans.forEach(s => spans.push(s)));
    return spans.sort((a, b) => a.start - b.start);
  }

  function markText(container, text, spans) {
    container.textContent = '';
    let pos = 0;
    spans.forEach(s => {
      if (s.start < pos) { return; }
      container.appendChild(document.createTextNode(text.slice(pos, s.start)));
      const mark = document.createElement('mark');
      mark.textContent = text.slice(s.start, s.end);
      container.appendChild(mark);
      pos = s.end;
    });
    container.appendChild(document.createTextNode(text.slice(pos)));
  }

  function render() {
    const list = $('goals');
    list.textContent = '';
    last.result.goals.forEach(g => {
      const li = document.createElement('li');
      li.className = 'goal';
      li.id = 'goal-' + g.goal;
      li.style.setProperty('--goal', g.colour);
      const h = document.createElement('h4');
      h.textContent = t('goal') + ' ' + g.goal + ' – ' + g.title + ' (' + t('score') + ' ' + g.score + ')';
      li.appendChild(h);
      const ev = document.createElement('p');
      ev.className = 'evidence';
      ev.appendChild(document.createTextNode(t('evidence') + ': '));
      const words = [...new Set(spansOf(g).map(s => s.text))];
      words.forEach((w, i) => {
        const m = document.createElement('mark');
        m.textContent = w;
        ev.appendChild(m);
        if (i < words.length - 1) { ev.appendChild(document.createTextNode(', ')); }
      });
      li.appendChild(ev);
      const state = document.createElement('p');
      state.className = 'state';
      state.textContent = t(decisions[g.goal] || 'open');
      li.appendChild(state);
      ['confirm', 'reject'].forEach(kind => {
        const b = document.createElement('button');
        b.type = 'button';
        b.className = 'secondary ' + kind;
        b.dataset.goal = g.goal;
        b.textContent = t(kind) + ' ' + g.goal;
        b.setAttribute('aria-label', t(kind) + ' ' + t('goal').toLowerCase() + ' ' + g.goal + ' ' + g.title);
        b.setAttribute('aria-pressed', String(decisions[g.goal] === (kind === 'confirm' ? 'confirmed' : 'rejected')));
        b.addEventListener('click', () => {
          const v = kind === 'confirm' ? 'confirmed' : 'rejected';
          if (decisions[g.goal] === v) { delete decisions[g.goal]; } else { decisions[g.goal] = v; }
          render();
          const again = document.querySelector('#goal-' + g.goal + ' button.' + kind);
          if (again) { again.focus(); }
        });
        li.appendChild(b);
      });
      list.appendChild(li);
    });
    const all = [];
    last.result.goals.forEach(g => spansOf(g).forEach(s => all.push(s)));
    markText($('highlighted'), last.text, all.sort((a, b) => a.start - b.start));
    $('section').textContent = sectionText();
    $('case-result').hidden = false;
  }

  function sectionText() {
    const anyConfirmed = Object.values(decisions).includes('confirmed');
    const goals = last.result.goals.filter(g => decisions[g.goal] !== 'rejected'
      && (!anyConfirmed || decisions[g.goal] === 'confirmed'));
    const lines = [t('secTitle'), '', t('secIntro'), ''];
    if (!goals.length) { lines.push(t('secNone')); }
    goals.forEach(g => {
      lines.push(t('secGoal', g.goal, g.title));
      lines.push('  ' + t('secEvidence') + [...new Set(spansOf(g).map(s => s.text))].join(', '));
      lines.push('  ' + t('secStatus') + t(decisions[g.goal] || 'open'));
      lines.push('');
    });
    return lines.join('\n');
  }

  function download() {
    save(new Blob([sectionText()], { type: 'text/plain;charset=utf-8' }), 'baerekraftsvurdering.txt');
  }

  function save(blob, name) {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }

  async function checkPlans(ev) {
    ev.preventDefault();
    const status = $('plan-status');
    status.className = '';
    const files = [...$('plan-files').files];
    if (!files.length) { status.textContent = t('noFiles'); return; }
    status.textContent = t('working');
    try {
      const body = { files: await Promise.all(files.map(async f => ({ name: f.name, content: await f.text() }))) };
      const prio = $('priority').value.split(',').map(s => s.trim()).filter(s => s);
      if (prio.length) { body.priority = prio; }
      const v = await call('/plans/validate', JSON.stringify(body), 'application/json');
      const ul = $('findings');
      ul.textContent = '';
      v.parseErrors.concat(v.findings).forEach(f => {
        const li = document.createElement('li');
        li.className = 'sev-' + (f.severity || 'ERROR');
        li.textContent = (f.file ? f.file + ':' + f.line + ':' + f.column + ' ' : '') + (f.severity || 'ERROR') + ' '
          + f.code + ' ' + f.message;
        ul.appendChild(li);
      });
      $('coverage').textContent = '';
      if (!v.parseErrors.length) {
        const c = await call('/plans/coverage', JSON.stringify(body), 'application/json');
        $('coverage').textContent = c.text;
      }
      $('plan-result').hidden = false;
      status.textContent = v.valid ? t('valid') : t('invalid', v.counts.errors);
    } catch (e) {
      status.className = 'error';
      status.textContent = e.message;
    }
  }

  const wanted = new URLSearchParams(location.search).get('lang')
    || (navigator.language || 'nb').slice(0, 2).toLowerCase();
  lang = T[wanted] ? wanted : (wanted === 'no' ? 'nb' : 'nb');
  $('ui-lang').value = lang;
  $('ui-lang').addEventListener('change', e => { lang = e.target.value; applyLanguage(); });
  $('case-form').addEventListener('submit', assess);
  $('plan-form').addEventListener('submit', checkPlans);
  $('download-section').addEventListener('click', download);
  $('download-arkiv').addEventListener('click', downloadArkiv);
  applyLanguage();
}());
