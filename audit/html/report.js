// Sorting and filtering for the errcodes audit page. The page is complete
// without it; this only reorders and hides rows.
(function () {
  "use strict";

  function rows(table) {
    return Array.prototype.filter.call(table.tBodies[0].rows, function (tr) {
      return !tr.classList.contains("empty") && !tr.classList.contains("no-match");
    });
  }

  function cellValue(tr, i) {
    var td = tr.cells[i];
    if (!td) {
      return "";
    }
    var v = td.getAttribute("data-v");
    return (v === null ? td.textContent : v).trim();
  }

  var collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

  function sortBy(table, th, i) {
    var descending = th.getAttribute("aria-sort") === "ascending";
    var numeric = th.getAttribute("data-type") === "number";
    Array.prototype.forEach.call(th.parentNode.cells, function (other) {
      other.removeAttribute("aria-sort");
    });
    th.setAttribute("aria-sort", descending ? "descending" : "ascending");
    var body = table.tBodies[0];
    var sorted = rows(table).map(function (tr, at) {
      return { tr: tr, v: cellValue(tr, i), at: at };
    }).sort(function (a, b) {
      var d = numeric ? (parseFloat(a.v) || 0) - (parseFloat(b.v) || 0) : collator.compare(a.v, b.v);
      if (descending) {
        d = -d;
      }
      return d || a.at - b.at;
    });
    sorted.forEach(function (x) {
      body.appendChild(x.tr);
    });
    var none = body.querySelector("tr.no-match");
    if (none) {
      body.appendChild(none);
    }
  }

  function filter(table) {
    var input = document.getElementById(table.getAttribute("data-filter"));
    var check = document.getElementById(table.getAttribute("data-check"));
    var count = document.getElementById(table.getAttribute("data-count"));
    var terms = input ? input.value.toLowerCase().split(/\s+/).filter(Boolean) : [];
    var only = check ? check.checked : false;
    var all = rows(table);
    var shown = 0;
    all.forEach(function (tr) {
      var text = tr.textContent.toLowerCase();
      var ok = (!only || tr.getAttribute("data-problems") === "1") &&
        terms.every(function (t) { return text.indexOf(t) >= 0; });
      tr.hidden = !ok;
      if (ok) {
        shown++;
      }
    });
    var none = table.tBodies[0].querySelector("tr.no-match");
    if (all.length > 0 && shown === 0) {
      if (!none) {
        none = table.tBodies[0].insertRow();
        none.className = "no-match";
        var td = none.insertCell();
        td.colSpan = table.tHead.rows[0].cells.length;
        td.textContent = "No " + (table.getAttribute("data-noun") || "rows") + " match the filter.";
      }
      none.hidden = false;
    } else if (none) {
      none.hidden = true;
    }
    if (count) {
      count.textContent = shown === all.length ?
        all.length + " " + table.getAttribute("data-noun") :
        shown + " of " + all.length + " " + table.getAttribute("data-noun");
      count.setAttribute("data-shown", String(shown));
    }
  }

  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, i) {
      var button = document.createElement("button");
      button.type = "button";
      while (th.firstChild) {
        button.appendChild(th.firstChild);
      }
      th.appendChild(button);
      button.addEventListener("click", function () {
        sortBy(table, th, i);
      });
    });
    if (table.hasAttribute("data-filter")) {
      var update = function () { filter(table); };
      ["data-filter", "data-check"].forEach(function (attr) {
        var el = document.getElementById(table.getAttribute(attr));
        if (el) {
          el.addEventListener("input", update);
          el.addEventListener("change", update);
        }
      });
      update();
    }
  });

  document.documentElement.setAttribute("data-ready", "true");
})();
