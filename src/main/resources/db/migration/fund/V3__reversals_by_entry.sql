-- A ledger is read with each entry's reversal beside it (the reversal's project and the
-- sequence number it reverses): without this index every entry of a project scanned all the
-- project's other entries, 166 each for a partner's public page at the scale of the Alliance.
create index fund_transaction_reversal on fund_transaction (project, reverses);
