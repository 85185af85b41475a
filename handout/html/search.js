// The guide's search: what catalogue/search's Matches does, over its index
// (AHP_INDEX, made in Go), so that the page finds what the window finds.
(function () {
	"use strict";
	var X = AHP_INDEX, words = X.w, stems = X.s, stemOf = X.t, post = X.p, profs = X.q;
	var stop = {}, stemWords = [];
	X.x.forEach(function (w) { stop[w] = true; });
	stemOf.forEach(function (s, w) { (stemWords[s] = stemWords[s] || []).push(w); });
	var wordRune = /[\p{L}\p{N}\p{Mn}]/u, letter = /\p{L}/u;

	function lowerBound(list, q) {
		var lo = 0, hi = list.length;
		while (lo < hi) {
			var mid = (lo + hi) >> 1;
			if (list[mid] < q) { lo = mid + 1; } else { hi = mid; }
		}
		return lo;
	}
	function find(list, q) {
		var i = lowerBound(list, q);
		return i < list.length && list[i] === q ? i : -1;
	}

	// queryWords: words of letters and digits, lower case; an apostrophe
	// inside a word dropped; a hyphenated compound one word ("x-ray" is
	// "xray"); stop words left out unless nothing else is left; each once.
	function queryWords(query) {
		var chars = Array.from(query), all = [], part = "", joined = "", parts = 0;
		function endCompound() {
			if (part) { joined += part; parts++; part = ""; }
			if (parts > 0 && all.indexOf(joined) < 0) { all.push(joined); }
			joined = ""; parts = 0;
		}
		for (var i = 0; i < chars.length; i++) {
			var r = chars[i], next = chars[i + 1] || "";
			if (wordRune.test(r)) {
				part += r.toLowerCase();
			} else if (/['’‘]/.test(r) && part && letter.test(next)) {
				// inside a word: dropped
			} else if (/[-‐‑]/.test(r) && part && wordRune.test(next)) {
				joined += part; parts++; part = "";
			} else {
				endCompound();
			}
		}
		endCompound();
		var kept = all.filter(function (w) { return !stop[w]; });
		return (kept.length ? kept : all).slice(0, 16);
	}

	// stemOfQuery is the stem the index gives the word, or a plainer form
	// of it ("eyes", "eye"): the page has no stemmer of its own.
	function stemOfQuery(q) {
		var forms = [q];
		if (/ies$/.test(q)) { forms.push(q.slice(0, -3) + "y"); }
		if (/es$/.test(q)) { forms.push(q.slice(0, -2)); }
		if (/s$/.test(q)) { forms.push(q.slice(0, -1)); }
		if (/ing$/.test(q)) { forms.push(q.slice(0, -3), q.slice(0, -3) + "e"); }
		if (/ed$/.test(q)) { forms.push(q.slice(0, -2), q.slice(0, -1)); }
		for (var i = 0; i < forms.length; i++) {
			var w = find(words, forms[i]);
			if (w >= 0) { return stemOf[w]; }
		}
		return -1;
	}

	function exact(q) {
		var out = [];
		for (var w = lowerBound(words, q); w < words.length && words[w].lastIndexOf(q, 0) === 0; w++) {
			out.push([w, words[w] === q ? 2 : 0]);
		}
		var s = stemOfQuery(q);
		(s >= 0 ? stemWords[s] : []).forEach(function (w) {
			for (var k = 0; k < out.length; k++) {
				if (out[k][0] === w) { out[k][1] = Math.max(out[k][1], 1); return; }
			}
			out.push([w, 1]);
		});
		return out;
	}

	function fuzzyEdits(n) { return n < 5 ? 0 : n < 8 ? 1 : n < 12 ? 2 : 3; }

	// within is the optimal string alignment distance of a and b, or k+1
	// when it is more than k.
	function within(a, b, k) {
		if (Math.abs(a.length - b.length) > k) { return k + 1; }
		var prev2 = [], prev = [], cur = [], j;
		for (j = 0; j <= b.length; j++) { prev[j] = j; }
		for (var i = 1; i <= a.length; i++) {
			cur = [i];
			var best = i;
			for (j = 1; j <= b.length; j++) {
				var d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
				if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) { d = Math.min(d, prev2[j - 2] + 1); }
				cur[j] = d;
				best = Math.min(best, d);
			}
			if (best > k) { return k + 1; }
			prev2 = prev; prev = cur;
		}
		return Math.min(prev[b.length], k + 1);
	}

	function fuzzy(q) {
		var qr = Array.from(q), k = fuzzyEdits(qr.length), out = [];
		if (k === 0) { return out; }
		words.forEach(function (word, w) {
			var wr = Array.from(word);
			if (within(qr, wr, k) <= k) { out.push([w, 0]); }
		});
		return out;
	}

	// search returns the positions of the professions that match query,
	// best first: most query words, then the best places they are found,
	// then catalogue order.
	function search(query) {
		var qs = queryWords(query);
		if (!qs.length) { return null; }
		var matched = {}, score = {};
		qs.forEach(function (q) {
			var ms = exact(q), best = {};
			if (!ms.length) { ms = fuzzy(q); }
			ms.forEach(function (m) {
				post[m[0]].forEach(function (pr) {
					var p = pr >> 2, s = 3 * (2 - (pr & 3)) + m[1] + 1;
					best[p] = Math.max(best[p] || 0, s);
				});
			});
			Object.keys(best).forEach(function (p) {
				matched[p] = (matched[p] || 0) + 1;
				score[p] = (score[p] || 0) + best[p];
			});
		});
		var need = Math.floor((qs.length + 1) / 2);
		return Object.keys(matched).map(Number).filter(function (p) { return matched[p] >= need; })
			.sort(function (a, b) { return matched[b] - matched[a] || score[b] - score[a] || a - b; });
	}
	window.ahpSearch = function (query) {
		var found = search(query);
		return found === null ? null : found.map(function (p) { return profs[p].i; });
	};

	var box = document.getElementById("search"), input = document.getElementById("q");
	var status = document.getElementById("search-status"), list = document.getElementById("search-results");
	if (!box || !input) { return; }
	box.hidden = false;
	function show() {
		var query = input.value, found = search(query);
		list.textContent = "";
		if (found === null) { status.textContent = ""; return; }
		found.forEach(function (p) {
			var li = document.createElement("li"), a = document.createElement("a");
			a.href = "#p-" + profs[p].i;
			a.textContent = profs[p].n;
			li.appendChild(a);
			list.appendChild(li);
		});
		var n = found.length;
		status.textContent = n === 0 ? "No profession matches “" + query.trim() + "”. Try another word, or use the contents below."
			: (n === 1 ? "1 profession matches" : n + " professions match") + " “" + query.trim() + "”.";
	}
	input.addEventListener("input", show);
	show();
})();
