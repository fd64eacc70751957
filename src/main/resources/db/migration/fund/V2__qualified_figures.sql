-- A figure may be given loosely by its source ("approximately 2,000 tonnes", "almost 6,000
-- people"): the qualifier is kept beside the figure, so that no page states an estimate as exact.
alter table fund_output add column target_qualifier varchar(20);
alter table fund_output_value add column qualifier varchar(20);
