console.log('cjm');
