#!/usr/bin/Rscript
# Writes the Gould-Fernandez brokerage oracle fixture from R's sna package (Debian r-cran-sna, sna::brokerage).
#
# Run (after make_fixtures.py, which writes karate_factions.txt):
#   Rscript tests/TestData/brokerage/make_sna_fixtures.R
# For each case (a graph of tests/TestData/graphs plus a grouping of its vertices) it writes to sna_brokerage.csv
# one row per vertex and statistic (raw, exp, sd, z of sna's raw.nli / exp.nli / sd.nli / z.nli) and one row per
# global statistic (raw.gli, exp.gli, sd.gli, z.gli), each with the six role columns in sna's order
# w_I (coordinator), w_O (itinerant), b_IO (representative), b_OI (gatekeeper), b_O (liaison), t (total).
# The group of every vertex is written too, so the C# tests use exactly the grouping R saw.
# Undirected graphs are given to sna as symmetric matrices (both arc directions), which is how sna reads them.
# Numbers use 17 significant digits; NaN / Inf / -Inf are written as NaN / Infinity / -Infinity.

suppressMessages(library(sna))

args <- commandArgs(trailingOnly = FALSE)
script <- sub("^--file=", "", args[grep("^--file=", args)])
here <- dirname(normalizePath(script))
graphs <- file.path(here, "..", "graphs")

# Reads an edge list the way tests/Network.Tests/TestGraphs.cs does: '#! node x' lines first, then vertices in order
# of first appearance; a '# directed' header line makes it directed. Weights are ignored (brokerage counts ties).
load_graph <- function(name) {
  lines <- readLines(file.path(graphs, paste0(name, ".edges")), warn = FALSE)
  directed <- any(startsWith(lines, "# directed"))
  ids <- character(0)
  for (l in lines[startsWith(lines, "#! node ")]) ids <- c(ids, trimws(substring(l, 9)))
  rows <- lines[nchar(lines) > 0 & !startsWith(lines, "#")]
  parts <- strsplit(rows, "[ \t]+")
  for (p in parts) for (v in p[1:2]) if (!(v %in% ids)) ids <- c(ids, v)
  m <- matrix(0, length(ids), length(ids))
  for (p in parts) {
    i <- match(p[1], ids)
    j <- match(p[2], ids)
    m[i, j] <- 1
    if (!directed) m[j, i] <- 1
  }
  list(ids = ids, m = m, directed = directed)
}

fmt <- function(x) {
  s <- sprintf("%.17g", x)
  s[is.nan(x)] <- "NaN"
  s[!is.nan(x) & is.infinite(x) & x > 0] <- "Infinity"
  s[!is.nan(x) & is.infinite(x) & x < 0] <- "-Infinity"
  s
}

out <- c("case,graph,vertex,group,stat,w_I,w_O,b_IO,b_OI,b_O,t")
add_case <- function(case, name, grouping) {
  g <- load_graph(name)
  cl <- grouping(g$ids)
  b <- brokerage(g$m, cl)
  for (v in seq_along(g$ids)) {
    for (stat in c("raw", "exp", "sd", "z")) {
      tab <- b[[paste0(stat, ".nli")]]
      out <<- c(out, paste(c(case, name, g$ids[v], cl[v], stat, fmt(tab[v, ])), collapse = ","))
    }
  }
  for (stat in c("raw", "exp", "sd", "z")) {
    out <<- c(out, paste(c(case, name, "", "", paste0(stat, ".gli"), fmt(b[[paste0(stat, ".gli")]])), collapse = ","))
  }
}

factions <- read.table(file.path(here, "karate_factions.txt"), comment.char = "#", colClasses = c("character", "integer"))
by_faction <- function(ids) factions[match(ids, factions[[1]]), 2]

add_case("directed_mod3", "directed", function(ids) as.integer(ids) %% 3)
add_case("karate_factions", "karate", by_faction)
add_case("directed_weighted_mod4", "directed_weighted", function(ids) as.integer(ids) %% 4)
add_case("florentine_namelength", "florentine", function(ids) nchar(ids) %% 3)
add_case("disconnected_mod2", "disconnected", function(ids) as.integer(ids) %% 2)
# vertex 0 alone in its group: zero variances give NaN / infinite z-scores in sna
add_case("directed_mod10", "directed", function(ids) as.integer(ids) %% 10)
add_case("directed_singleton", "directed", function(ids) ifelse(ids == "0", 9L, as.integer(ids) %% 2))

writeLines(out, file.path(here, "sna_brokerage.csv"))
