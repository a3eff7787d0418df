import { test } from "node:test";
import { testCase } from "../helpers.ts";

const PUBLISHED = "2020-04-14";

test("days of one month", async () => {
  await testCase("en", "The talks on March 27-28 ended without agreement.", PUBLISHED, [{ text: "March 27-28", value: "2020-03-27/2020-03-28" }]);
  await testCase("en", "Students returned to class from March 3 to 5.", PUBLISHED, [{ text: "March 3 to 5", value: "2020-03-03/2020-03-05" }]);
  await testCase("en", "The committee met on Jan. 22 and 23 without agreement.", PUBLISHED, [{ text: "Jan. 22 and 23", value: "2020-01-22/2020-01-23" }]);
  await testCase("en", "Flights were cut on March 3, 4 and 5.", PUBLISHED, [{ text: "March 3, 4 and 5", value: "2020-03-03/2020-03-05" }]);
  await testCase("en", "The congress was due to run Feb. 24-27, 2020.", PUBLISHED, [{ text: "Feb. 24-27, 2020", value: "2020-02-24/2020-02-27" }]);
  await testCase("en", "Between 16 and 20 March, he held daily briefings; the fair ran 27-28 March.", PUBLISHED, [
    { text: "16 and 20 March", value: "2020-03-16/2020-03-20" },
    { text: "27-28 March", value: "2020-03-27/2020-03-28" },
  ]);
});

test("ranges and lists across months (joined by the shared refiner)", async () => {
  await testCase("en", "Schools closed from March 16 through April 3.", PUBLISHED, [{ text: "March 16 through April 3", value: "2020-03-16/2020-04-03" }]);
  // A list of dates that are not next to each other is not a range: that would claim the days between.
  await testCase("en", "It takes effect on April 15 and May 15.", PUBLISHED, [
    { text: "April 15", value: "2020-04-15" },
    { text: "May 15", value: "2020-05-15" },
  ]);
  await testCase("en", "From Dec. 31, 2019, to Jan. 3, 2020, the city waited.", PUBLISHED, [
    { text: "Dec. 31, 2019, to Jan. 3, 2020", value: "2019-12-31/2020-01-03" },
  ]);
  await testCase("en", "Sales for January and February rose; the peak may come in April or May.", PUBLISHED, [
    { text: "January and February", value: "2020-01/2020-02" },
    { text: "April", value: "2020-04" },
    { text: "May", value: "2020-05" },
  ]);
});

test("a second number that is a quantity does not make a range", async () => {
  await testCase("en", "The briefing on March 3 to 5 p.m. was short.", PUBLISHED, [{ text: "March 3", value: "2020-03-03" }]);
});
