#!/usr/bin/Rscript
# Times R sna::brokerage on an edge list (0-based "u v" lines) with groups v %% 5; called by brokerage_peers.py.
# Usage: Rscript brokerage_sna.R <edges file> <n>
suppressMessages(library(sna))
args <- commandArgs(trailingOnly = TRUE)
n <- as.integer(args[2])
e <- as.matrix(read.table(args[1]))
el <- cbind(e[, 1] + 1, e[, 2] + 1, 1)
attr(el, "n") <- n
cl <- (seq_len(n) - 1) %% 5
best <- Inf
for (i in 1:3) {
  t <- system.time(b <- brokerage(el, cl))[["elapsed"]]
  best <- min(best, t)
}
cat(sprintf("sna %s brokerage, directed G(%d,%d), 5 groups: %.1f ms\n", packageVersion("sna"), n, nrow(el), best * 1000))
