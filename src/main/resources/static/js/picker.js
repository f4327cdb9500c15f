// Progressive enhancement for the admin forms' country pickers (fragments/form.html, countriesField) and slugs.
// Without JavaScript a picker is a list of checkboxes, the chosen ones first and named above the list. With it, a
// search box finds a country by its name in English, Spanish or French, or by its code, accents ignored; Enter ticks
// the first match; the list of chosen countries follows every tick.
document.addEventListener('DOMContentLoaded', () => {
  const fold = (text) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

  document.querySelectorAll('[data-picker]').forEach((picker) => {
    const search = picker.querySelector('[data-picker-search]');
    const input = picker.querySelector('[data-picker-input]');
    const none = picker.querySelector('[data-picker-none]');
    const count = picker.querySelector('[data-picker-count]');
    const chosenList = picker.querySelector('[data-picker-chosen]');
    const options = Array.from(picker.querySelectorAll('[data-names]')).map((item) => ({
      item,
      names: fold(item.getAttribute('data-names')),
      box: item.querySelector('input[type=checkbox]'),
      label: item.querySelector('label').textContent,
    }));

    const showChosen = () => {
      const chosen = options.filter((option) => option.box.checked);
      chosenList.replaceChildren(...chosen.map((option) => {
        const entry = document.createElement('li');
        entry.textContent = option.label;
        return entry;
      }));
      count.textContent = count.getAttribute('data-pattern').replace('{n}', String(chosen.length));
    };

    const filter = () => {
      const wanted = fold(input.value.trim());
      let shown = 0;
      options.forEach((option) => {
        const match = wanted === '' || option.names.includes(wanted);
        option.item.hidden = !match;
        if (match) {
          shown += 1;
        }
      });
      none.hidden = shown > 0;
    };

    search.hidden = false;
    input.addEventListener('input', filter);
    input.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') {
        return;
      }
      // Enter in the search box ticks the first match instead of submitting the whole form
      event.preventDefault();
      const first = options.find((option) => !option.item.hidden && !option.box.checked);
      if (first && input.value.trim() !== '') {
        first.box.checked = true;
        input.value = '';
        filter();
        showChosen();
      }
    });
    options.forEach((option) => option.box.addEventListener('change', showChosen));
  });
});
