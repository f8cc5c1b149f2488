'use strict';
(function () {
  // the page's own texts; the evidence marker's wording (label, title) is the report's, served by
  // GET /tag/evidence-levels (WebPageTextsTest keeps it out of this file)
  const T = {
    nb: {
      skip: 'Hopp til innholdet', title: 'Livskraft – bærekraftsmålene i plan og sak', language: 'Språk',
      caseHeading: 'Vurder en sak',
      caseIntro: 'Lim inn teksten i et saksframlegg eller last opp en fil. Forslagene er forslag: bekreft eller avvis hvert mål.',
      caseText: 'Sakstekst', caseFile: 'eller last opp en fil (tekst, HTML, DOCX, PDF)', assess: 'Finn bærekraftsmål',
      goalsHeading: 'Foreslåtte mål med belegg', sectionHeading: 'Forslag til bærekraftsvurdering',
      sectionNote: 'Skrevet av Livskraft ut fra vurderingen over: bekreftede mål er del av vurderingen, mål du ikke har tatt stilling til står som forslag. Les og rediger før du limer inn.',
      officer: 'Saksbehandler (navnet ditt tas med når du bekrefter eller avviser)',
      needOfficer: 'Skriv navnet ditt som saksbehandler før du bekrefter eller avviser et mål.',
      confirmedGoal: g => 'Mål ' + g + ' bekreftet.', rejectedGoal: g => 'Mål ' + g + ' avvist.',
      reopenedGoal: g => 'Mål ' + g + ' er forslag igjen.',
      impact: 'Foreslått virkning', impactPOSITIVE: 'positiv', impactNEGATIVE: 'negativ',
      impactMIXED: 'både positiv og negativ', impactUNCLEAR: 'uklar',
      download: 'Last ned vurderingen', downloadArkiv: 'Last ned arkivmelding',
      arkivNote: 'Arkivmeldingen (Fiks Arkiv) har med vurderingen slik den står nå: bekreftede mål med hvem og når, de andre som forslag.',
      textHeading: 'Teksten med markert belegg', planHeading: 'Sjekk planer', planFiles: 'Planfiler (YAML eller JSON)',
      priority: 'Prioriterte mål (f.eks. 2,3,4,9,11,13)', check: 'Sjekk planene', findings: 'Funn', coverage: 'Dekning',
      reportHeading: 'Rapport', reportLink: 'Åpne bærekraftsrapporten for planene tjenesten er startet med',
      footer: 'Livskraft – åpen kildekode (Apache-2.0). FNs bærekraftsmål; norske tekster fra FN-sambandet der de finnes.',
      confirm: 'Bekreft', reject: 'Avvis', confirmed: 'Bekreftet', rejected: 'Avvist', open: 'Ikke vurdert',
      goal: 'Mål', score: 'poeng', evidence: 'Belegg', working: 'Arbeider …', none: 'Ingen bærekraftsmål funnet i teksten.',
      found: n => n + ' mål foreslått.', noText: 'Skriv eller last opp en tekst først.', noFiles: 'Velg minst én planfil.',
      valid: 'Ingen feil.', invalid: n => n + ' feil.'
    },
    nn: {
      skip: 'Hopp til innhaldet', title: 'Livskraft – berekraftsmåla i plan og sak', language: 'Språk',
      caseHeading: 'Vurder ei sak',
      caseIntro: 'Lim inn teksten i eit saksframlegg eller last opp ei fil. Forslaga er forslag: stadfest eller avvis kvart mål.',
      caseText: 'Sakstekst', caseFile: 'eller last opp ei fil (tekst, HTML, DOCX, PDF)', assess: 'Finn berekraftsmål',
      goalsHeading: 'Føreslåtte mål med prov', sectionHeading: 'Forslag til berekraftsvurdering',
      sectionNote: 'Skrive av Livskraft ut frå vurderinga over: stadfeste mål er del av vurderinga, mål du ikkje har teke stilling til står som framlegg. Les og rediger før du limer inn.',
      officer: 'Sakshandsamar (namnet ditt kjem med når du stadfestar eller avviser)',
      needOfficer: 'Skriv namnet ditt som sakshandsamar før du stadfestar eller avviser eit mål.',
      confirmedGoal: g => 'Mål ' + g + ' stadfest.', rejectedGoal: g => 'Mål ' + g + ' avvist.',
      reopenedGoal: g => 'Mål ' + g + ' er framlegg igjen.',
      impact: 'Føreslått verknad', impactPOSITIVE: 'positiv', impactNEGATIVE: 'negativ',
      impactMIXED: 'både positiv og negativ', impactUNCLEAR: 'uklar',
      download: 'Last ned vurderinga', downloadArkiv: 'Last ned arkivmelding',
      arkivNote: 'Arkivmeldinga (Fiks Arkiv) har med vurderinga slik ho står no: stadfeste mål med kven og når, dei andre som framlegg.',
      textHeading: 'Teksten med markert prov', planHeading: 'Sjekk planar', planFiles: 'Planfiler (YAML eller JSON)',
      priority: 'Prioriterte mål (t.d. 2,3,4,9,11,13)', check: 'Sjekk planane', findings: 'Funn', coverage: 'Dekning',
      reportHeading: 'Rapport', reportLink: 'Opne berekraftsrapporten for planane tenesta er starta med',
      footer: 'Livskraft – open kjeldekode (Apache-2.0). FNs berekraftsmål; norske tekstar frå FN-sambandet der dei finst.',
      confirm: 'Stadfest', reject: 'Avvis', confirmed: 'Stadfest', rejected: 'Avvist', open: 'Ikkje vurdert',
      goal: 'Mål', score: 'poeng', evidence: 'Prov', working: 'Arbeider …', none: 'Ingen berekraftsmål funne i teksten.',
      found: n => n + ' mål føreslått.', noText: 'Skriv eller last opp ein tekst først.', noFiles: 'Vel minst éi planfil.',
      valid: 'Ingen feil.', invalid: n => n + ' feil.'
    },
    en: {
      skip: 'Skip to content', title: 'Livskraft – the SDGs in plans and cases', language: 'Language',
      caseHeading: 'Assess a case',
      caseIntro: 'Paste the text of a case report or upload a file. Suggestions are suggestions: confirm or reject each goal.',
      caseText: 'Case text', caseFile: 'or upload a file (text, HTML, DOCX, PDF)', assess: 'Find SDGs',
      goalsHeading: 'Suggested goals with evidence', sectionHeading: 'Suggested sustainability assessment',
      sectionNote: 'Written by Livskraft from the assessment above: confirmed goals are part of the assessment, goals you have not decided on are marked as suggestions. Read and edit before you paste it.',
      officer: 'Case officer (your name is recorded when you confirm or reject)',
      needOfficer: 'Enter your name as case officer before you confirm or reject a goal.',
      confirmedGoal: g => 'Goal ' + g + ' confirmed.', rejectedGoal: g => 'Goal ' + g + ' rejected.',
      reopenedGoal: g => 'Goal ' + g + ' is a suggestion again.',
      impact: 'Suggested impact', impactPOSITIVE: 'positive', impactNEGATIVE: 'negative',
      impactMIXED: 'both positive and negative', impactUNCLEAR: 'unclear',
      download: 'Download the assessment', downloadArkiv: 'Download arkivmelding',
      arkivNote: 'The arkivmelding (Fiks Arkiv) carries the assessment as it stands: confirmed goals with who and when, the others as suggestions.',
      textHeading: 'The text with evidence marked', planHeading: 'Check plans', planFiles: 'Plan files (YAML or JSON)',
      priority: 'Priority goals (e.g. 2,3,4,9,11,13)', check: 'Check the plans', findings: 'Findings', coverage: 'Coverage',
      reportHeading: 'Report', reportLink: 'Open the SDG report for the plans the service was started with',
      footer: 'Livskraft – open source (Apache-2.0). UN Sustainable Development Goals; Norwegian texts from FN-sambandet where available.',
      confirm: 'Confirm', reject: 'Reject', confirmed: 'Confirmed', rejected: 'Rejected', open: 'Not assessed',
      goal: 'Goal', score: 'score', evidence: 'Evidence', working: 'Working …', none: 'No SDG found in the text.',
      found: n => n + ' goal(s) suggested.', noText: 'Write or upload a text first.', noFiles: 'Choose at least one plan file.',
      valid: 'No errors.', invalid: n => n + ' error(s).',
    }
  };
  const $ = id => document.getElementById(id);
  const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  let lang = 'nb';
  // the case being assessed: what was sent, the assessment (casework-assessment-1) and the extracted text
  let current = null;
  // goal titles, and the evidence levels with the report's wording of them (GET /tag/evidence-levels: the
  // confidence's name, each level's sentence), in the page's language
  let titles = { lang: null, goals: {}, confidence: '', levels: {} };

  function t(key, ...args) {
    const v = T[lang][key];
    return typeof v === 'function' ? v(...args) : v;
  }

  function applyLanguage() {
    document.documentElement.lang = lang;
    document.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
    $('report-link').href = '/report?lang=' + lang;
    if (current) { refresh(); }
  }

  async function problemText(res) {
    try { const p = await res.json(); return p.code + ': ' + p.detail; } catch (e) { return 'HTTP ' + res.status; }
  }

  async function send(path, body, type, accept) {
    const headers = { 'Content-Type': type, 'Accept-Language': lang };
    if (accept) { headers.Accept = accept; }
    const res = await fetch(path + (path.includes('?') ? '&' : '?') + 'lang=' + lang,
      { method: 'POST', headers: headers, body: body });
    if (!res.ok) { throw new Error(await problemText(res)); }
    return res;
  }

  async function call(path, body, type) {
    return (await send(path, body, type)).json();
  }

  function typeOf(name) {
    const n = name.toLowerCase();
    if (n.endsWith('.txt')) { return 'text/plain;charset=utf-8'; }
    if (n.endsWith('.html') || n.endsWith('.htm')) { return 'text/html'; }
    if (n.endsWith('.pdf')) { return 'application/pdf'; }
    if (n.endsWith('.docx')) { return DOCX; }
    return 'application/octet-stream';
  }

  async function getJson(path) {
    const res = await fetch(path + '?lang=' + lang);
    if (!res.ok) { throw new Error(await problemText(res)); }
    return res.json();
  }

  async function loadTitles() {
    if (titles.lang === lang) { return; }
    const goals = {};
    (await getJson('/catalogue/goals')).goals.forEach(g => { goals[g.code] = g; });
    const levels = {};
    const evidence = await getJson('/tag/evidence-levels');
    evidence.levels.forEach(l => { levels[l.id] = l; });
    titles = { lang: lang, goals: goals, confidence: evidence.confidenceLabel, levels: levels };
  }

  // the case officer's name goes into every decision (who, when)
  function officer() { return $('officer').value.trim(); }

  async function assess(ev) {
    ev.preventDefault();
    const status = $('case-status');
    status.className = '';
    try {
      const file = $('case-file').files[0];
      const input = file ? { body: file, type: typeOf(file.name), name: file.name }
        : { body: $('case-text').value, type: 'text/plain;charset=utf-8', name: 'sak.txt' };
      if (!file && !input.body.trim()) { status.textContent = t('noText'); return; }
      status.textContent = t('working');
      $('download-arkiv').disabled = true;
      const q = '?name=' + encodeURIComponent(input.name);
      // one upload at a time (the service bounds concurrent uploads): the assessment, then the text it points into
      const assessment = await call('/case/assess' + q, input.body, input.type);
      const extracted = await call('/case/extract' + q, input.body, input.type);
      current = { assessment: assessment, text: extracted.text };
      await refresh();
      $('download-arkiv').disabled = false;
      const n = assessment.lines.length;
      status.textContent = n ? t('found', n) : t('none');
    } catch (e) {
      status.className = 'error';
      status.textContent = e.message;
    }
  }

  async function decide(goal, action) {
    const status = $('case-status');
    if (action !== 'reopen' && !officer()) {
      status.className = 'error';
      status.textContent = t('needOfficer');
      $('officer').focus();
      return false;
    }
    try {
      const decision = { goal: goal, action: action };
      if (action !== 'reopen') { decision.by = officer(); }
      current.assessment = await call('/case/decide', JSON.stringify({ assessment: current.assessment,
        decisions: [decision] }), 'application/json');
      status.className = '';
      status.textContent = t(action === 'confirm' ? 'confirmedGoal' : action === 'reject' ? 'rejectedGoal'
        : 'reopenedGoal', goal);
      await refresh();
      return true;
    } catch (e) {
      status.className = 'error';
      status.textContent = e.message;
      return false;
    }
  }

  async function refresh() {
    try {
      await loadTitles();
      render();
      $('section').textContent = await (await send('/case/section?format=text',
        JSON.stringify(current.assessment), 'application/json')).text();
    } catch (e) {
      $('case-status').className = 'error';
      $('case-status').textContent = e.message;
    }
  }

  function markText(container, text, spans) {
    container.textContent = '';
    let pos = 0;
    spans.forEach(s => {
      if (s.start < pos || s.end > text.length) { return; }
      container.appendChild(document.createTextNode(text.slice(pos, s.start)));
      const mark = document.createElement('mark');
      mark.textContent = text.slice(s.start, s.end);
      container.appendChild(mark);
      pos = s.end;
    });
    container.appendChild(document.createTextNode(text.slice(pos)));
  }

  const STATE = { SUGGESTED: 'open', CONFIRMED: 'confirmed', REJECTED: 'rejected' };

  // the report's marker: ●●● from 0.8, ●●○ from 0.6, ●○○ below; the number with two decimals; the report's
  // sentence for the level (from the server) as title
  function confidenceMarker(line) {
    const p = document.createElement('p');
    p.className = 'confidence';
    p.appendChild(document.createTextNode(titles.confidence + ': '));
    const c = line.confidence;
    const number = c.toLocaleString(lang === 'en' ? 'en' : 'nb', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const span = document.createElement('span');
    span.className = 'conf';
    span.dataset.evidence = line.evidenceLevel;
    const level = titles.levels[line.evidenceLevel];
    span.title = level ? level.text : line.evidenceLevel;
    const dots = document.createElement('span');
    dots.setAttribute('aria-hidden', 'true');
    dots.textContent = c >= 0.8 ? '●●●' : c >= 0.6 ? '●●○' : '●○○';
    span.appendChild(dots);
    span.appendChild(document.createTextNode(' ' + number));
    p.appendChild(span);
    return p;
  }

  function render() {
    const list = $('goals');
    list.textContent = '';
    const all = [];
    current.assessment.lines.forEach(line => {
      const g = titles.goals[String(line.goal)] || { title: '', colour: '' };
      const li = document.createElement('li');
      li.className = 'goal';
      li.id = 'goal-' + line.goal;
      if (g.colour) { li.style.setProperty('--goal', g.colour); }
      const h = document.createElement('h4');
      h.textContent = t('goal') + ' ' + line.goal + ' – ' + g.title + ' (' + t('score') + ' '
        + line.score.toLocaleString(lang === 'en' ? 'en' : 'nb', { maximumFractionDigits: 2 }) + ')';
      li.appendChild(h);
      const ev = document.createElement('p');
      ev.className = 'evidence';
      ev.appendChild(document.createTextNode(t('evidence') + ': '));
      const words = [...new Set(line.evidence.map(s => s.text))];
      words.forEach((w, i) => {
        const m = document.createElement('mark');
        m.textContent = w;
        ev.appendChild(m);
        if (i < words.length - 1) { ev.appendChild(document.createTextNode(', ')); }
      });
      line.evidence.forEach(s => all.push(s));
      li.appendChild(ev);
      // as in casework's written section, only a suggestion shows its evidence level: a decided line has none
      if (line.status === 'SUGGESTED' && line.evidenceLevel && typeof line.confidence === 'number') {
        li.appendChild(confidenceMarker(line));
      }
      const impact = document.createElement('p');
      impact.className = 'impact';
      impact.textContent = t('impact') + ': ' + t('impact' + line.suggestedImpact.impact);
      li.appendChild(impact);
      const state = document.createElement('p');
      state.className = 'state';
      state.textContent = t(STATE[line.status]) + (line.decision ? ' (' + line.decision.by + ')' : '');
      li.appendChild(state);
      ['confirm', 'reject'].forEach(kind => {
        const pressed = line.status === (kind === 'confirm' ? 'CONFIRMED' : 'REJECTED');
        const b = document.createElement('button');
        b.type = 'button';
        b.className = 'secondary ' + kind;
        b.textContent = t(kind) + ' ' + line.goal;
        b.setAttribute('aria-label', t(kind) + ' ' + t('goal').toLowerCase() + ' ' + line.goal + ' ' + g.title);
        b.setAttribute('aria-pressed', String(pressed));
        b.addEventListener('click', async () => {
          if (await decide(line.goal, pressed ? 'reopen' : kind)) {
            const again = document.querySelector('#goal-' + line.goal + ' button.' + kind);
            if (again) { again.focus(); }
          }
        });
        li.appendChild(b);
      });
      list.appendChild(li);
    });
    markText($('highlighted'), current.text, all.sort((a, b) => a.start - b.start));
    $('case-result').hidden = false;
  }

  async function download() {
    save(new Blob([$('section').textContent], { type: 'text/plain;charset=utf-8' }), 'baerekraftsvurdering.txt');
  }

  async function downloadArkiv() {
    const status = $('case-status');
    try {
      const res = await send('/case/arkivmelding', JSON.stringify(current.assessment), 'application/json');
      save(new Blob([await res.text()], { type: 'application/xml' }), 'arkivmelding.xml');
    } catch (e) {
      status.className = 'error';
      status.textContent = e.message;
    }
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
