// Placeholder until the size budget script lands (issue 3).
console.log('size: no budgets yet');
