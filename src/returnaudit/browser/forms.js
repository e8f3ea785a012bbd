// The forms of one page as plain data, for `returnaudit init`: each visible field with its label,
// type, required flag, state and options, the buttons, where the form sends to. Reads only.
// Argument: {searchNames: [input names], maxForms, maxFields}
(arg) => {
  const clean = (s) => (s || "").replace(/\s+/g, " ").trim();
  // Like Playwright's visibility (a box, not visibility:hidden): a portal may hide a native radio
  // with opacity 0 and style its label, and the flow still clicks it.
  const shown = (el) => el.getClientRects().length > 0 && el.checkVisibility({ checkVisibilityCSS: true });
  const skip = new Set(["hidden", "submit", "button", "reset", "image", "file"]);
  const labelOf = (el) => {
    const byFor = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
    const label = byFor || el.closest("label");
    if (label) {
      const copy = label.cloneNode(true);
      copy.querySelectorAll("input, select, textarea").forEach((c) => c.remove());
      if (clean(copy.textContent)) return clean(copy.textContent);
    }
    const ids = (el.getAttribute("aria-labelledby") || "").split(/\s+/).filter(Boolean);
    const named = ids.map((id) => document.getElementById(id)).filter(Boolean);
    return clean(el.getAttribute("aria-label")) || clean(named.map((n) => n.textContent).join(" "));
  };
  const kindOf = (el) => el.tagName === "SELECT" ? "select" : el.tagName === "TEXTAREA" ? "textarea"
    : (el.getAttribute("type") || "text").toLowerCase();
  const fieldOf = (el) => {
    const kind = kindOf(el);
    const choice = kind === "checkbox" || kind === "radio";
    return {
      kind, label: labelOf(el), name: el.name || "", placeholder: clean(el.placeholder),
      autocomplete: (el.getAttribute("autocomplete") || "").toLowerCase(),
      required: el.required || el.getAttribute("aria-required") === "true",
      checked: choice ? el.checked : false,
      value: choice ? "" : kind === "select" ? el.value : clean(el.value),
      options: kind === "select" ? [...el.options].map((o) => ({ label: clean(o.label || o.text), value: o.value })) : [],
    };
  };
  const buttonOf = (b) => ({
    text: clean(b.innerText || b.value || b.getAttribute("aria-label")),
    submits: b.tagName === "INPUT" ? b.type === "submit" : (b.getAttribute("type") || "submit").toLowerCase() === "submit",
  });
  const searchInputs = ["input[type=search]", ...arg.searchNames.map((n) => `input[name="${CSS.escape(n)}"]`)].join(", ");
  const regionOf = (el) => el.closest("footer, [role=contentinfo]") ? "footer"
    : el.closest("header, [role=banner], nav, aside") ? "header" : "main";
  const formOf = (root, controls, buttons, action, method) => ({
    action, method,
    search: root.matches("[role=search]") || !!root.querySelector(searchInputs) || !!root.closest("[role=search]"),
    password: controls.some((el) => el.type === "password"),
    region: regionOf(root),
    fields: controls.filter((el) => !skip.has(kindOf(el))).slice(0, arg.maxFields).map(fieldOf),
    buttons: buttons.filter(shown).map(buttonOf).filter((b) => b.text),
  });
  const visibleControls = (root) => [...root.querySelectorAll("input, select, textarea")]
    .filter((el) => shown(el) && !el.disabled);
  const forms = [...document.forms].filter(shown).map((f) => formOf(
    f, visibleControls(f), [...f.querySelectorAll("button, input[type=submit], input[type=button]")],
    f.getAttribute("action") !== null && !/^\s*javascript:/i.test(f.getAttribute("action")) ? f.action : "",
    (f.getAttribute("method") || "get").toLowerCase()));
  // Fields outside any <form> (a script-driven portal): one form of the main content.
  const main = document.querySelector("main, [role=main]") || document.body;
  const loose = main ? visibleControls(main).filter((el) => !el.form) : [];
  if (loose.length) {
    const buttons = [...main.querySelectorAll("button, input[type=submit], input[type=button]")].filter((b) => !b.form);
    forms.push(formOf(main, loose, buttons, "", "script"));
  }
  return forms.filter((f) => f.fields.length || f.buttons.length).slice(0, arg.maxForms);
}
