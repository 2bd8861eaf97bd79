"""The throughput, latency and memory benchmark of the enrichment service (see bench/README.md)."""
