performance.mark("blank:interactive"); document.body.dataset.ready = "true";
